using System.Net;
using System.Net.Sockets;
using System.Text;
using DocGen.Protos.V1;
using DocGen.Server.Tests.Support;
using Grpc.Net.Client;

namespace DocGen.Server.Tests.Adversarial;

/// <summary>
/// Issue 24, failure 3's idle sockets, against the real server process: 300 connections from one
/// host that send nothing or only the HTTP/2 preface (which locked every new client out for 130 s)
/// take only that host's share (Grpc:MaxConnectionsPerAddress), so a client from another address
/// is served while they are open; and the server closes such a connection after
/// Grpc:HandshakeTimeoutSeconds. The idle host is 127.0.0.2 (all of 127/8 is loopback).
/// </summary>
public sealed class IdleSocketTests
{
    private static readonly byte[] Preface = Encoding.ASCII.GetBytes("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");

    private static async Task<List<Socket>> OpenIdleAsync(string address, int count)
    {
        var port = new Uri(address).Port;
        var sockets = new List<Socket>();
        for (var i = 0; i < count; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
            sockets.Add(socket);
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
                if (i % 2 == 1) await socket.SendAsync(Preface);
            }
            catch (SocketException)
            {
                // Reset already: past the address's share.
            }
        }
        return sockets;
    }

    [Fact]
    public async Task ThreeHundredIdleSocketsFromOneHost_AClientFromAnotherAddressIsServed()
    {
        await using var server = await ServerProcess.StartAsync("--Grpc:HandshakeTimeoutSeconds=120", "--Grpc:IdleConnectionTimeoutSeconds=120");
        var idle = await OpenIdleAsync(server.Address, 300);
        try
        {
            using var channel = GrpcChannel.ForAddress(server.Address);
            var normal = await new ReportService.ReportServiceClient(channel)
                .RenderAsync(Requests.Fixture("panjin-commerce-2022.json"), deadline: DateTime.UtcNow.AddMinutes(1));

            Assert.True(normal.PageCount > 0);
        }
        finally
        {
            foreach (var socket in idle) socket.Dispose();
        }
    }

    [Fact]
    public async Task ConnectionThatSendsOnlyThePreface_ClosedByTheServerAfterTheHandshakeTimeout()
    {
        await using var server = await ServerProcess.StartAsync("--Grpc:HandshakeTimeoutSeconds=2", "--Grpc:IdleConnectionTimeoutSeconds=2");
        var idle = await OpenIdleAsync(server.Address, 2);
        try
        {
            foreach (var socket in idle)
            {
                // The server closes it (a read returns 0, or the socket is reset); never sooner than
                // the timeout matters less than that it happens at all, well inside a minute.
                using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(1));
                var buffer = new byte[4096];
                var closed = false;
                while (!closed)
                {
                    try
                    {
                        closed = await socket.ReceiveAsync(buffer, SocketFlags.None, wait.Token) == 0;
                    }
                    catch (SocketException)
                    {
                        closed = true;
                    }
                }
                Assert.True(closed);
            }
        }
        finally
        {
            foreach (var socket in idle) socket.Dispose();
        }
    }
}
