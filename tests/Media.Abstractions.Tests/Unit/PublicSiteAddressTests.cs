using Media.Abstractions.Hosting;
using Microsoft.Extensions.Configuration;

namespace Media.Abstractions.Tests.Unit;

public sealed class PublicSiteAddressTests
{
    [Theory]
    [InlineData("https://news.example.gov.cn", true)]
    [InlineData("http://localhost:5080/", true)]
    [InlineData(null, true)] // not configured: the local default
    [InlineData("news.example.gov.cn", false)]
    [InlineData("ftp://news.example.gov.cn", false)]
    [InlineData("/articles", false)]
    public void IsValid_AcceptsOnlyAbsoluteHttpUrls(string? configured, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PublicSiteAddress.ConfigurationKey] = configured })
            .Build();

        Assert.Equal(expected, PublicSiteAddress.IsValid(configuration));
    }

    [Fact]
    public void Absolute_PrefixesSitePaths_AndKeepsAbsoluteUrls()
    {
        var site = new PublicSiteAddress("https://news.example.gov.cn/");

        Assert.Equal("https://news.example.gov.cn/articles/1", site.Absolute("/articles/1"));
        Assert.Equal("https://news.example.gov.cn/articles/1", site.Absolute("articles/1"));
        Assert.Equal("https://cdn.example.com/a.jpg", site.Absolute("https://cdn.example.com/a.jpg"));
    }
}
