using DocGen.Api;
using DocGen.Grpc;
using DocGen.Grpc.Health;
using DocGen.Html.Sites;
using DocGen.Protos.V1;
using DocGen.Rendering;
using DocGen.Server.Configuration;
using DocGen.Server.Services;
using ServingStatus = DocGen.Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace DocGen.Server;

/// <summary>The server's composition: rendering from configuration, and the services it maps.</summary>
internal static class ServiceRegistration
{
    private static readonly string[] ServiceNames = ["docgen.v1.ReportService", "docgen.v1.SiteService"];

    public static IServiceCollection AddDocGenRendering(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var templates = configuration.GetSection(TemplatesOptions.Section).Get<TemplatesOptions>() ?? new TemplatesOptions();
        var fonts = configuration.GetSection(FontsOptions.Section).Get<FontsOptions>() ?? new FontsOptions();
        var rendering = configuration.GetSection(RenderingOptions.Section).Get<RenderingOptions>() ?? new RenderingOptions();
        var concurrency = rendering.MaxConcurrency > 0 ? rendering.MaxConcurrency : Environment.ProcessorCount;
        var batchWindow = rendering.BatchWindow > 0 ? rendering.BatchWindow : 2 * concurrency;

        var setup = new ReportRendererSetup
        {
            TemplatesRoot = Path.GetFullPath(templates.Root, environment.ContentRootPath),
            FontFolders = fonts.Directories.Select(d => Path.GetFullPath(d, environment.ContentRootPath)).ToArray(),
            UseSystemFonts = fonts.UseSystemFonts,
        };
        services.AddSingleton(provider => setup.Create(provider.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton(provider => provider.GetRequiredService<RenderingServices>().Renderer);
        services.AddSingleton(provider => provider.GetRequiredService<RenderingServices>().Sites);
        services.AddSingleton(provider => provider.GetRequiredService<RenderingServices>().Readiness);
        services.AddSingleton(new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = concurrency, QueueLimit = rendering.QueueLimit }));
        services.AddSingleton<ReportApi>();
        services.AddSingleton(provider => new ReportGrpcService(provider.GetRequiredService<ReportApi>(), batchWindow));
        services.AddSingleton<SiteGrpcService>();
        services.AddGrpcHealth();
        services.AddGrpcReflection(DocgenReflection.Descriptor);
        return services;
    }

    public static void MapDocGenServices(this WebApplication app)
    {
        app.MapGrpcService(app.Services.GetRequiredService<ReportGrpcService>().Definition());
        app.MapGrpcService(app.Services.GetRequiredService<SiteGrpcService>().Definition());
        app.MapGrpcHealthService();
        app.MapGrpcReflectionService();

        // Load sites and fonts before the first call, and report SERVING only once they are there;
        // NOT_SERVING (the reason is logged) when no PDF can be produced.
        _ = app.Services.GetRequiredService<SiteRegistry>();
        var ready = app.Services.GetRequiredService<RenderReadiness>().Current.CanRenderPdf;
        var health = app.Services.GetRequiredService<HealthStatusStore>();
        foreach (var name in ServiceNames.Append("")) health.SetStatus(name, ready ? ServingStatus.Serving : ServingStatus.NotServing);
        // On SIGTERM: tell load balancers first, then Kestrel stops taking calls and in-flight ones finish.
        app.Lifetime.ApplicationStopping.Register(health.SetAllNotServing);
    }
}
