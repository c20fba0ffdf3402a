namespace DocGen.Grpc.Tests.Support;

/// <summary>One Echo server and channel shared by a test class whose tests do not change server state.</summary>
public sealed class EchoServerFixture : IAsyncLifetime
{
    private EchoServer? _server;
    private Client.GrpcChannel? _channel;

    public EchoServer Server => _server ?? throw new InvalidOperationException("The server has not started.");
    public Client.GrpcChannel Channel => _channel ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        _server = await EchoServer.StartAsync();
        _channel = _server.CreateChannel();
    }

    public async Task DisposeAsync()
    {
        _channel?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}
