using Media.Abstractions.Http;
using Microsoft.AspNetCore.Http;

namespace Media.Abstractions.Tests.Unit;

public sealed class EntityTagsTests
{
    [Theory]
    [InlineData("\"3\"")]
    [InlineData("W/\"3\"")]
    [InlineData("3")]
    [InlineData(" W/\"3\" ")]
    public void ReadIfMatch_ReadsTheVersion_WhenStrongWeakOrBare(string header)
    {
        var ifMatch = EntityTags.ReadIfMatch(Request(ifMatch: header));

        Assert.Equal(IfMatchHeader.ForVersion(3), ifMatch);
        Assert.False(ifMatch.IsMalformed);
    }

    [Fact]
    public void ReadIfMatch_IsAbsent_WhenNotSent()
    {
        var ifMatch = EntityTags.ReadIfMatch(Request());

        Assert.False(ifMatch.IsPresent);
        Assert.Null(ifMatch.Version);
        Assert.False(ifMatch.IsMalformed);
    }

    [Fact]
    public void ReadIfMatch_IsAny_WhenStar()
    {
        var ifMatch = EntityTags.ReadIfMatch(Request(ifMatch: "*"));

        Assert.True(ifMatch is { IsPresent: true, IsAny: true, Version: null, IsMalformed: false });
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"0\"")]
    [InlineData("\"-3\"")]
    [InlineData("W/")]
    [InlineData("\"1\", \"2\"")]
    public void ReadIfMatch_IsMalformed_WhenNotAPositiveVersion(string header)
    {
        var ifMatch = EntityTags.ReadIfMatch(Request(ifMatch: header));

        Assert.True(ifMatch.IsMalformed);
        Assert.Null(ifMatch.Version);
    }

    [Fact]
    public void Set_WritesTheVersionAsAStrongTag()
    {
        var http = new DefaultHttpContext();

        EntityTags.Set(http.Response, 12);

        Assert.Equal("\"12\"", http.Response.Headers.ETag.ToString());
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"other\", W/\"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void IfNoneMatch_ComparesWeakly(string header, bool expected)
    {
        Assert.Equal(expected, EntityTags.IfNoneMatch(Request(ifNoneMatch: header), "\"abc\""));
    }

    [Fact]
    public void OfContent_IsAQuotedHash_ThatChangesWithTheBytes()
    {
        var tag = EntityTags.OfContent("正文"u8);

        Assert.Matches("^\"[0-9a-f]{32}\"$", tag);
        Assert.Equal(tag, EntityTags.OfContent("正文"u8));
        Assert.NotEqual(tag, EntityTags.OfContent("正文。"u8));
    }

    private static HttpRequest Request(string? ifMatch = null, string? ifNoneMatch = null)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null) http.Request.Headers.IfMatch = ifMatch;
        if (ifNoneMatch is not null) http.Request.Headers.IfNoneMatch = ifNoneMatch;
        return http.Request;
    }
}
