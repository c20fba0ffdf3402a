using DocGen.Api;
using DocGen.Server.Calls;
using DocGen.Server.Configuration;
using DocGen.Server.Hosting;
using DocGen.Server.Services;
using Grpc.AspNetCore.Web;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DocGen.Server;

/// <summary>
/// Builds the DocGen server: configuration (appsettings, DOCGEN_ environment variables, command
/// line) bound to options validated at start, Kestrel on the configured addresses, grpc-dotnet
/// with the report and site services, health, reflection and gRPC-Web, and the admin page when enabled. Each cross-cutting concern
/// is registered once here: call logging and the content-type gate (middleware), status mapping
/// and compression policy (interceptors). Tests build it the same way with loopback ports.
/// </summary>
public static class DocGenHost
{
    private const string WebCorsPolicy = "grpc-web";
    private static readonly string[] ServiceNames = ["docgen.v1.ReportService", "docgen.v1.SiteService"];

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ContentRoot(),
        });
        // appsettings.json lives beside the binary; the content root is the checkout (for templates/).
        // Later sources win: appsettings < DOCGEN_ environment variables < command line.
        var configuration = builder.Configuration;
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        configuration.AddEnvironmentVariables("DOCGEN_");
        configuration.AddCommandLine(args);
        configure?.Invoke(builder);

        var services = builder.Services;
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServerOptions>, ServerOptionsValidation>();
        services.AddOptions<GrpcLimitsOptions>().BindConfiguration(GrpcLimitsOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GrpcLimitsOptions>, GrpcLimitsOptionsValidation>();
        services.AddSingleton<RequestBytesBudget>();
        services.AddSingleton<RequestOwners>();
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MemoryOptions>, MemoryOptionsValidation>();
        services.AddHostedService<HeapTrim>();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidation>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<AuthOptions>>().Value.ToCallerKeys());
        services.AddSingleton(provider => new RefusalLog(provider.GetRequiredService<ILogger<RefusalLog>>()));
        services.AddSingleton(provider => new ClientMistakes(provider.GetRequiredService<ILogger<ClientMistakes>>()));
        // grpc-dotnet logs a message that does not parse as an Error with its stack trace, as it does
        // a handler's fault: a 69-byte call made 1.2 KB of log. Handler faults are logged by
        // StatusMappingInterceptor instead; client mistakes are counted by ClientMistakes.
        builder.Logging.AddFilter("Grpc.AspNetCore.Server.ServerCallHandler", LogLevel.None);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AdminOptions>, AdminOptionsValidation>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelListeners>();
        services.AddOptions<HostOptions>().Configure<IOptions<ServerOptions>>((host, server) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(server.Value.ShutdownTimeoutSeconds));

        services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<StatusMappingInterceptor>();
            grpc.Interceptors.Add<CallerKeyInterceptor>(); // inside status mapping: its refusals become statuses
            grpc.Interceptors.Add<CompressionPolicyInterceptor>();
            grpc.ResponseCompressionAlgorithm = "gzip"; // offered; CompressionPolicyInterceptor decides per call
        });
        services.AddOptions<Grpc.AspNetCore.Server.GrpcServiceOptions>().Configure<IOptions<GrpcLimitsOptions>>((grpc, limits) =>
        {
            grpc.MaxReceiveMessageSize = limits.Value.MaxReceiveMessageBytes;
            grpc.MaxSendMessageSize = limits.Value.MaxSendMessageBytes;
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks(health =>
        {
            foreach (var name in ServiceNames) health.Services.Map(name, _ => true);
        }).AddCheck<ServingHealthCheck>(ServingHealthCheck.Name);
        services.AddShutdownAwareHealthChecks();
        // Watch streams see a change within a second; the check itself costs nothing.
        services.Configure<HealthCheckPublisherOptions>(o => { o.Delay = TimeSpan.Zero; o.Period = TimeSpan.FromSeconds(1); });
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ServerOptions>>((cors, server) => cors.AddPolicy(WebCorsPolicy, policy =>
        {
            // None listed: no other origin may read a response (the admin page is same-origin). "*"
            // must be listed explicitly: with it, any page a user visits can call this server.
            var origins = server.Value.WebCorsOrigins;
            if (origins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins([.. origins]);
            // A browser shows a script only the response headers CORS exposes: the status and its details.
            policy.AllowAnyMethod().AllowAnyHeader()
                .WithExposedHeaders("Grpc-Status", "Grpc-Message", "Grpc-Encoding", "Grpc-Accept-Encoding", "grpc-status-details-bin");
        }));
        services.AddDocGenRendering(builder.Environment);

        var app = builder.Build();
        app.UseMiddleware<BrowserHosts>();
        app.UseAdminPage(); // static files, before the call log and the gRPC content-type gate
        app.UseMiddleware<CallLog>();
        app.UseMiddleware<ContentTypeGate>();
        app.UseRouting();
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.UseCors(WebCorsPolicy);
        app.UseMiddleware<UnaryIntake>();
        app.UseMiddleware<BatchIntake>();
        app.MapGrpcService<ReportGrpcService>();
        app.MapGrpcService<SiteGrpcService>();
        app.MapGrpcHealthChecksService();
        if (app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Reflection != ReflectionAccess.Off) app.MapGrpcReflectionService();
        app.Services.LoadRendering();
        return app;
    }

    /// <summary>
    /// The folder relative paths (templates/) resolve against: the repository when run from a
    /// checkout (script/server), else the application folder (a published image).
    /// </summary>
    private static string ContentRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln"))) return dir.FullName;
        }
        return AppContext.BaseDirectory;
    }
}
