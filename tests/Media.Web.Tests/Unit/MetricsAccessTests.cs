using System.Net;
using Media.Web.Hosting;

namespace Media.Web.Tests.Unit;

public sealed class MetricsAccessTests
{
    [Theory]
    [InlineData(null, "127.0.0.1", true)]
    [InlineData(null, "::1", true)]
    [InlineData(null, "::ffff:127.0.0.1", true)]
    [InlineData(null, "10.0.0.5", false)]
    [InlineData("10.20.0.0/16, 192.0.2.7", "10.20.33.4", true)]
    [InlineData("10.20.0.0/16, 192.0.2.7", "192.0.2.7", true)]
    [InlineData("10.20.0.0/16, 192.0.2.7", "192.0.2.8", false)]
    [InlineData("10.20.0.0/16, 192.0.2.7", "127.0.0.1", false)]
    public void Allows_OnlyTheConfiguredAddresses(string? configured, string remote, bool allowed) =>
        Assert.Equal(allowed, new MetricsAccess(configured).Allows(IPAddress.Parse(remote)));

    [Fact]
    public void Allows_NoConnectionWithoutAnAddress() => Assert.False(new MetricsAccess(null).Allows(null));

    [Fact]
    public void RefusesToStart_WithAnEntryThatIsNotAnAddress() =>
        Assert.Contains("MetricsAllowedFrom", Assert.Throws<InvalidOperationException>(() => new MetricsAccess("10.0.0.0/8, intranet")).Message);
}
