using Media.Channels.App.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Media.Channels.App.Tests.Unit;

public sealed class PublicCachingTests
{
    private const string ETag = "\"0123456789abcdef0123456789abcdef\"";

    [Theory]
    [InlineData(ETag, true)]
    [InlineData("W/" + ETag, true)]
    [InlineData("\"other\", " + ETag, true)]
    [InlineData("*", true)]
    [InlineData("\"other\"", false)]
    [InlineData("", false)]
    [InlineData("not an etag", false)]
    public void Apply_AnswersWhetherClientHoldsIt_AndSetsHeaders(string ifNoneMatch, bool expected)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.IfNoneMatch = ifNoneMatch;

        var held = PublicCaching.Apply(http, ETag);

        Assert.Equal(expected, held);
        Assert.Equal(ETag, http.Response.Headers.ETag.ToString());
        Assert.Equal("public, max-age=30", http.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public void ETagOf_ChangesWithAnyField_AndIsStable()
    {
        var column = new PublicColumnResponse(Guid.NewGuid(), "要闻", "news");

        Assert.Equal(PublicCaching.ETagOf(column), PublicCaching.ETagOf(column with { }));
        Assert.NotEqual(PublicCaching.ETagOf(column), PublicCaching.ETagOf(column with { Name = "民生" }));
        Assert.Matches("^\"[0-9a-f]{32}\"$", PublicCaching.ETagOf(column));
    }
}
