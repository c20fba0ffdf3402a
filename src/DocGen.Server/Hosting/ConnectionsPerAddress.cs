using System.Net;
using Microsoft.AspNetCore.Connections;

namespace DocGen.Server.Hosting;

/// <summary>
/// At most Grpc:MaxConnectionsPerAddress open connections from one remote address; one past it is
/// closed as soon as it is accepted, before TLS or HTTP. So idle sockets from one host fill only
/// their own share of Grpc:MaxConnections, and clients elsewhere still get in.
/// </summary>
internal sealed class ConnectionsPerAddress(int limit)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<IPAddress, int> _open = [];

    public ConnectionDelegate Middleware(ConnectionDelegate next) => async connection =>
    {
        var address = (connection.RemoteEndPoint as IPEndPoint)?.Address.MapToIPv6();
        if (address is null)
        {
            await next(connection);
            return;
        }
        if (!TryEnter(address))
        {
            connection.Abort(new ConnectionAbortedException($"more than {limit} connections from this address"));
            return;
        }
        try
        {
            await next(connection);
        }
        finally
        {
            Exit(address);
        }
    };

    private bool TryEnter(IPAddress address)
    {
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(address);
            if (open >= limit) return false;
            _open[address] = open + 1;
            return true;
        }
    }

    private void Exit(IPAddress address)
    {
        lock (_gate)
        {
            var open = _open.GetValueOrDefault(address) - 1;
            if (open > 0) _open[address] = open;
            else _open.Remove(address);
        }
    }
}
