using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Screening.Tests.Integration;

/// <summary><c>POST /api/screening/check</c>: each built-in rule reports under its own name and severity.</summary>
public abstract class CheckApiTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Theory]
    [InlineData("××同志出席会议。", "placeholder", "××", "block")]
    [InlineData("为（）营造良好环境", "empty-brackets", "（）", "block")]
    [InlineData("他说：“今天开会。", "unbalanced-pairs", "“", "warn")]
    [InlineData("意识形態(tài)工作", "pinyin-artefact", "態(tài)", "block")]
    [InlineData("全县意识形態工作会议在这里召开，们都来了。", "mixed-script", "態", "warn")]
    [InlineData("今天，，天气很好", "doubled-punctuation", "，，", "warn")]
    public async Task Check_ReportsRule_WithContractFields(string text, string rule, string match, string severity)
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);

        var result = await reporter.PostJsonAsync("/api/screening/check", new { text }, 200);

        var hit = Assert.Single(result.GetProperty("hits").EnumerateArray(), h => h.GetProperty("rule").GetString() == rule);
        Assert.Equal(match, hit.GetProperty("match").GetString());
        Assert.Equal(severity, hit.GetProperty("severity").GetString());
        Assert.Equal(text.IndexOf(match, StringComparison.Ordinal), hit.GetProperty("start").GetInt32());
        Assert.Equal(match.Length, hit.GetProperty("length").GetInt32());
        Assert.False(string.IsNullOrEmpty(hit.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Check_Returns400_WithoutText_And401_Anonymous()
    {
        var (reporter, _) = await newsroom.UserAsync(MediaRoles.Reporter);

        var missing = await reporter.PostJsonAsync("/api/screening/check", new { }, 400);
        await MediaClient.ExpectAsync(await app.Anonymous().PostAsync("/api/screening/check", new { text = "x" }), 401);

        Assert.True(missing.GetProperty("errors").TryGetProperty("text", out _));
    }
}

public sealed class CheckApiTestsOnSqlite(SqliteMediaApp app) : CheckApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class CheckApiTestsOnPostgreSql(PostgresMediaApp app) : CheckApiTests(app), IClassFixture<PostgresMediaApp>;
