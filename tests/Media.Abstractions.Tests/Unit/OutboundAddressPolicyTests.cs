using System.Net;
using System.Net.Sockets;
using System.Text;
using Media.Abstractions.Http;

namespace Media.Abstractions.Tests.Unit;

public sealed class OutboundAddressPolicyTests
{
    private static readonly OutboundAddressPolicy Strict = OutboundAddressPolicy.Create(null, loopbackAllowed: false);

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("224.0.0.1")]
    public void Permits_RefusesInternalAddresses(string address) => Assert.False(Strict.Permits(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("101.226.0.1")]
    [InlineData("2400:da00::6666")]
    public void Permits_AllowsPublicAddresses(string address) => Assert.True(Strict.Permits(IPAddress.Parse(address)));

    [Fact]
    public void Permits_AllowsLoopback_OnlyWhereLoopbackIsAllowed() =>
        Assert.True(OutboundAddressPolicy.Create(null, loopbackAllowed: true).Permits(IPAddress.Loopback));

    [Theory]
    [InlineData("http://8.8.8.8/hook", "https")]
    [InlineData("https://10.0.0.1/hook", "internal")]
    [InlineData("https://localhost/hook", "internal")]
    public async Task Check_ExplainsTheRefusal(string url, string expected)
    {
        var problem = await Strict.CheckAsync(new Uri(url), CancellationToken.None);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem);
    }

    [Fact]
    public async Task Check_AcceptsAPublicHttpsAddress_AndAListedHostEvenOverHttp()
    {
        var listed = OutboundAddressPolicy.Create("app.county.internal, 10.0.0.7", loopbackAllowed: false);

        Assert.Null(await Strict.CheckAsync(new Uri("https://8.8.8.8/hook"), CancellationToken.None));
        Assert.Null(await listed.CheckAsync(new Uri("http://10.0.0.7:8080/hook"), CancellationToken.None));
        Assert.Null(await listed.CheckAsync(new Uri("http://APP.county.internal/hook"), CancellationToken.None));
        Assert.NotNull(await listed.CheckAsync(new Uri("http://10.0.0.8/hook"), CancellationToken.None));
    }

    /// <summary>Over a real socket: the handler refuses before connecting where the policy says no, and connects
    /// where it says yes — the check that catches a name re-pointed inside after the channel was saved.</summary>
    [Fact]
    public async Task Handler_RefusesToConnectToLoopback_UnlessAllowed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var serving = ServeOneAsync(listener);
        var url = $"http://127.0.0.1:{port}/hook";

        using var strict = new HttpClient(Strict.CreateHandler());
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => strict.GetAsync(url));
        using var allowed = new HttpClient(OutboundAddressPolicy.Create("127.0.0.1", loopbackAllowed: false).CreateHandler());
        using var answer = await allowed.GetAsync(url);

        Assert.Contains("internal", refused.Message);
        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        await serving;
    }

    private static async Task ServeOneAsync(TcpListener listener)
    {
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var buffer = new byte[4096];
        _ = await stream.ReadAsync(buffer);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"));
    }
}
