using DocGen.Grpc.Tests.Interop;

namespace DocGen.Grpc.Tests;

public sealed class ServiceDefinitionTests
{
    private static Task<EchoReply> Reply(EchoRequest request, ServerCallContext context) => Task.FromResult(new EchoReply());

    [Fact]
    public void For_AddsMethodsWithPathsAndTypes()
    {
        var definition = ServiceDefinition.For("interop.v1.Echo")
            .Unary<EchoRequest, EchoReply>("Unary", EchoRequest.Parser, Reply)
            .DuplexStreaming<EchoRequest, EchoReply>("Bidi", EchoRequest.Parser, (_, _, _) => Task.CompletedTask);

        Assert.Equal(
            [("/interop.v1.Echo/Unary", MethodType.Unary), ("/interop.v1.Echo/Bidi", MethodType.DuplexStreaming)],
            definition.Methods.Select(m => (m.Path, m.Type)));
    }

    [Fact]
    public void Unary_ReturnsNewDefinition_LeavingTheOriginalUnchanged()
    {
        var empty = ServiceDefinition.For("interop.v1.Echo");

        var withOne = empty.Unary<EchoRequest, EchoReply>("Unary", EchoRequest.Parser, Reply);

        Assert.Empty(empty.Methods);
        Assert.Single(withOne.Methods);
    }

    [Fact]
    public void Unary_SameNameTwice_NamesTheMethod()
    {
        var definition = ServiceDefinition.For("interop.v1.Echo").Unary<EchoRequest, EchoReply>("Unary", EchoRequest.Parser, Reply);

        var error = Assert.Throws<ArgumentException>(() => definition.Unary<EchoRequest, EchoReply>("Unary", EchoRequest.Parser, Reply));

        Assert.Contains("'Unary'", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("interop.v1/Echo")]
    public void For_InvalidServiceName_Throws(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => ServiceDefinition.For(name));
    }
}
