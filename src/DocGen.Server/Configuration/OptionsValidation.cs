using Microsoft.Extensions.Options;

namespace DocGen.Server.Configuration;

/// <summary>Settings checked when the host starts; a wrong one stops it with a message naming the key.</summary>
internal sealed class ServerOptionsValidation : IValidateOptions<ServerOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var errors = new List<string>();
        var grpc = ListenAddress.TryParse("Server:Address", options.Address, out var error);
        if (grpc is null) errors.Add(error);
        ListenAddress? web = null;
        if (!string.IsNullOrEmpty(options.WebAddress))
        {
            web = ListenAddress.TryParse("Server:WebAddress", options.WebAddress, out error);
            if (web is null) errors.Add(error);
        }
        if ((grpc?.Tls == true || web?.Tls == true) && string.IsNullOrEmpty(options.CertificatePath))
            errors.Add("Server:CertificatePath must name a PFX file when Server:Address or Server:WebAddress is https");
        if (grpc is not null && web is not null && grpc.EndPoint.Port != 0 && grpc.EndPoint.Equals(web.EndPoint))
            errors.Add($"Server:WebAddress must differ from Server:Address ({options.Address})");
        if (options.ShutdownTimeoutSeconds < 0)
            errors.Add($"Server:ShutdownTimeoutSeconds must be 0 or more, not {options.ShutdownTimeoutSeconds}");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

internal sealed class GrpcLimitsOptionsValidation : IValidateOptions<GrpcLimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, GrpcLimitsOptions options)
    {
        var errors = new List<string>();
        if (options.MaxReceiveMessageBytes <= 0) errors.Add($"Grpc:MaxReceiveMessageBytes must be above 0, not {options.MaxReceiveMessageBytes}");
        if (options.MaxSendMessageBytes <= 0) errors.Add($"Grpc:MaxSendMessageBytes must be above 0, not {options.MaxSendMessageBytes}");
        if (options.MaxRequestBytesInFlight < options.MaxReceiveMessageBytes + 5L)
            errors.Add($"Grpc:MaxRequestBytesInFlight must hold at least one message of Grpc:MaxReceiveMessageBytes ({options.MaxReceiveMessageBytes}) and its 5-byte prefix, not {options.MaxRequestBytesInFlight}");
        if (options.MaxRequestBytesPerConnection < options.MaxReceiveMessageBytes + 5L)
            errors.Add($"Grpc:MaxRequestBytesPerConnection must hold at least one message of Grpc:MaxReceiveMessageBytes ({options.MaxReceiveMessageBytes}) and its 5-byte prefix, not {options.MaxRequestBytesPerConnection}");
        if (options.ReceiveTimeoutSeconds <= 0) errors.Add($"Grpc:ReceiveTimeoutSeconds must be above 0, not {options.ReceiveTimeoutSeconds}");
        if (options.MaxStreamsPerConnection <= 0) errors.Add($"Grpc:MaxStreamsPerConnection must be above 0, not {options.MaxStreamsPerConnection}");
        if (options.MaxConnections <= 0) errors.Add($"Grpc:MaxConnections must be above 0, not {options.MaxConnections}");
        if (options.MaxConnectionsPerAddress <= 0) errors.Add($"Grpc:MaxConnectionsPerAddress must be above 0, not {options.MaxConnectionsPerAddress}");
        if (options.HandshakeTimeoutSeconds <= 0) errors.Add($"Grpc:HandshakeTimeoutSeconds must be above 0, not {options.HandshakeTimeoutSeconds}");
        if (options.IdleConnectionTimeoutSeconds <= 0) errors.Add($"Grpc:IdleConnectionTimeoutSeconds must be above 0, not {options.IdleConnectionTimeoutSeconds}");
        if (options.MaxRequestBytesPerCaller < options.MaxReceiveMessageBytes + 5L)
            errors.Add($"Grpc:MaxRequestBytesPerCaller must hold at least one message of Grpc:MaxReceiveMessageBytes ({options.MaxReceiveMessageBytes}) and its 5-byte prefix, not {options.MaxRequestBytesPerCaller}");
        if (options.MaxKeylessRequestBytes <= 0) errors.Add($"Grpc:MaxKeylessRequestBytes must be above 0, not {options.MaxKeylessRequestBytes}");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

internal sealed class MemoryOptionsValidation : IValidateOptions<MemoryOptions>
{
    public ValidateOptionsResult Validate(string? name, MemoryOptions options)
    {
        var errors = new List<string>();
        if (options.TrimAboveMiB < 0) errors.Add($"Memory:TrimAboveMiB must be 0 (off) or more, not {options.TrimAboveMiB}");
        if (options.TrimIntervalSeconds <= 0) errors.Add($"Memory:TrimIntervalSeconds must be above 0, not {options.TrimIntervalSeconds}");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

internal sealed class RenderingOptionsValidation : IValidateOptions<RenderingOptions>
{
    public ValidateOptionsResult Validate(string? name, RenderingOptions options)
    {
        var errors = new List<string>();
        if (options.MaxConcurrency < 0) errors.Add($"Rendering:MaxConcurrency must be 0 (one per core) or more, not {options.MaxConcurrency}");
        if (options.QueueLimit < 0) errors.Add($"Rendering:QueueLimit must be 0 or more, not {options.QueueLimit}");
        if (options.CheckConcurrency < 0) errors.Add($"Rendering:CheckConcurrency must be 0 (half the render slots) or more, not {options.CheckConcurrency}");
        if (options.CheckQueueLimit < 0) errors.Add($"Rendering:CheckQueueLimit must be 0 or more, not {options.CheckQueueLimit}");
        if (options.BatchWindow < 0) errors.Add($"Rendering:BatchWindow must be 0 (twice the concurrency) or more, not {options.BatchWindow}");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
