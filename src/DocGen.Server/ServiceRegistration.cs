using DocGen.Api;
using DocGen.Sites;
using DocGen.Rendering;
using DocGen.Server.Configuration;
using Microsoft.Extensions.Options;

namespace DocGen.Server;

/// <summary>Rendering from configuration: the renderer, the site registry, the scheduler and the API over them.</summary>
internal static class ServiceRegistration
{
    public static IServiceCollection AddDocGenRendering(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<TemplatesOptions>().BindConfiguration(TemplatesOptions.Section);
        services.AddOptions<FontsOptions>().BindConfiguration(FontsOptions.Section);
        services.AddOptions<RenderingOptions>().BindConfiguration(RenderingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RenderingOptions>, RenderingOptionsValidation>();

        services.AddSingleton(provider =>
        {
            var templates = provider.GetRequiredService<IOptions<TemplatesOptions>>().Value;
            var fonts = provider.GetRequiredService<IOptions<FontsOptions>>().Value;
            return new ReportRendererSetup
            {
                TemplatesRoot = Path.GetFullPath(templates.Root, environment.ContentRootPath),
                FontFolders = fonts.Directories.Select(d => Path.GetFullPath(d, environment.ContentRootPath)).ToArray(),
                UseSystemFonts = fonts.UseSystemFonts,
            }.Create(provider.GetRequiredService<ILoggerFactory>());
        });
        services.AddSingleton(provider => provider.GetRequiredService<RenderingServices>().Renderer);
        services.AddSingleton(provider => provider.GetRequiredService<RenderingServices>().Sites);
        services.AddSingleton(provider => provider.GetRequiredService<RenderingServices>().Readiness);
        services.AddSingleton(provider =>
        {
            var rendering = provider.GetRequiredService<IOptions<RenderingOptions>>().Value;
            return new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = rendering.EffectiveConcurrency, QueueLimit = rendering.QueueLimit });
        });
        services.AddSingleton(provider =>
        {
            var rendering = provider.GetRequiredService<IOptions<RenderingOptions>>().Value;
            return new CheckSlots(new RenderScheduler(new RenderSchedulerOptions { MaxConcurrency = rendering.EffectiveCheckConcurrency, QueueLimit = rendering.CheckQueueLimit }));
        });
        services.AddSingleton(provider => new ReportApi(provider.GetRequiredService<ReportRenderer>(), provider.GetRequiredService<RenderScheduler>(),
            provider.GetRequiredService<CheckSlots>().Scheduler));
        services.AddSingleton(provider => new ImportApi(TimeProvider.System, provider.GetRequiredService<CheckSlots>().Scheduler));
        return services;
    }

    /// <summary>The slots Validate and ImportReport run in, apart from the renders' <see cref="RenderScheduler"/>.</summary>
    internal sealed record CheckSlots(RenderScheduler Scheduler);

    /// <summary>
    /// Loads sites and fonts now, so the first call does not wait and health says SERVING only once
    /// they are there (NOT_SERVING, with the reason logged, when no PDF can be produced).
    /// </summary>
    public static void LoadRendering(this IServiceProvider services)
    {
        _ = services.GetRequiredService<SiteRegistry>();
        _ = services.GetRequiredService<RenderReadiness>().Current;
        // Scanning the font folders reads every font file whole (a Noto CJK collection is 20 MB) and
        // cutting the role faces reads theirs again: hundreds of MiB of large objects, dead now, that
        // the heap would otherwise keep committed under every render after.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
