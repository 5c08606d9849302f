using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Media.Abstractions.Security;
using Media.Testing;
using Media.Web.Hosting;
using Media.Web.Tests.Support;

namespace Media.Web.Tests.Integration;

/// <summary>docs/http-api.md §8: a JSON body is read up to 1.5 MiB — the largest article with every character escaped
/// fits, anything larger is 413 with problem details in Chinese and English, whether the client declared the length
/// or sent the body in chunks. On Kestrel, which enforces the chunked case.</summary>
public abstract class JsonBodyLimitTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Create_Accepts_TheLargestArticle_WithEveryCharacterEscaped()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var json = ArticleJson(await newsroom.ColumnAsync(), 200_000);

        var created = await reporter.Http.PostAsync("/api/articles", Json(json, chunked: false));

        Assert.True(Encoding.UTF8.GetByteCount(json) > 1_200_000);
        var article = await MediaClient.ExpectAsync(created, 201);
        Assert.Equal(200_000, article.GetProperty("body").GetString()!.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Create_Returns413ProblemInChineseAndEnglish_WhenTheJsonIsLargerThanTheLimit(bool chunked)
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);
        var json = ArticleJson(await newsroom.ColumnAsync(), 270_000);

        var refused = await reporter.Http.PostAsync("/api/articles", Json(json, chunked));

        Assert.True(Encoding.UTF8.GetByteCount(json) > JsonBodyLimit.DefaultBytes);
        var problem = await MediaClient.ExpectAsync(refused, 413);
        Assert.EndsWith("/payload-too-large", problem.GetProperty("type").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("请求正文过大", detail);
        Assert.Contains($"at most {JsonBodyLimit.DefaultBytes} bytes", detail);
    }

    /// <summary>A new article whose body is <paramref name="characters"/> characters, each written as a \uXXXX escape
    /// (six bytes), as a client that escapes everything sends it.</summary>
    private static string ArticleJson(Guid columnId, int characters)
    {
        var body = new StringBuilder(characters * 6);
        for (var i = 0; i < characters; i++) body.Append(i % 50 == 49 ? "\\u3002" : "\\u53bf");
        return $$"""{"columnId":"{{columnId}}","title":"最长的稿件","author":"记者","body":"{{body}}","tags":["测试"]}""";
    }

    private static HttpContent Json(string json, bool chunked)
    {
        var content = chunked
            ? (HttpContent)new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)))
            : new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>A body whose length the client cannot know in advance, so it is sent chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

public sealed class JsonBodyLimitTestsOnSqlite(KestrelSqliteSite app) : JsonBodyLimitTests(app), IClassFixture<KestrelSqliteSite>;

public sealed class JsonBodyLimitTestsOnPostgreSql(KestrelPostgresSite app) : JsonBodyLimitTests(app), IClassFixture<KestrelPostgresSite>;
