using System.Net;
using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Articles.Tests.Integration;

public abstract class EditorPhotosTests(MediaAppFactory app)
{
    private readonly Newsroom newsroom = new(app);

    [Fact]
    public async Task Upload_Returns201WithMediaJson_WithCookieAndAntiforgeryHeader()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var json = await MediaClient.ExpectAsync(await EditorPhotos.UploadAsync(reporter, token, EditorPhotos.Jpeg()), 201);

        Assert.Equal("会场全景", json.GetProperty("alt").GetString());
        Assert.Matches("^/media/[0-9a-f]{64}/article\\.jpg$", json.GetProperty("url").GetString());
        Assert.StartsWith("/media/", json.GetProperty("variants").GetProperty("thumb").GetString());
    }

    [Fact]
    public async Task Upload_Returns400_WithoutAntiforgeryHeader()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        await reporter.OpenFormAsync("/admin/articles/new"); // the antiforgery cookie is there; the header is not

        var response = await EditorPhotos.UploadAsync(reporter, token: null, EditorPhotos.Jpeg());

        var problem = await MediaClient.ExpectAsync(response, 400);
        Assert.Contains("RequestVerificationToken", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Upload_Returns401_WithoutCookie()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");
        var anonymous = new AdminSession(AdminSession.CookieClient(app));

        var response = await EditorPhotos.UploadAsync(anonymous, token, EditorPhotos.Jpeg());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Upload_Returns415Problem_ForTextFile()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var response = await EditorPhotos.UploadAsync(reporter, token, "不是图片，只是文字。"u8.ToArray(), "notes.txt", "text/plain");

        var problem = await MediaClient.ExpectAsync(response, 415);
        Assert.EndsWith("unsupported-media-type", problem.GetProperty("type").GetString());
        Assert.Contains("JPEG, PNG, GIF and WebP", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task UpdateMedia_SavesAltAndCaption_WithAntiforgeryHeader()
    {
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");
        var id = (await MediaClient.ExpectAsync(await EditorPhotos.UploadAsync(reporter, token, EditorPhotos.Jpeg()), 201)).GetProperty("id").GetGuid();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/media/{id}")
        {
            Content = JsonContent.Create(new { alt = "新会场", caption = "11 月 29 日摄" }),
        };
        request.Headers.Add("RequestVerificationToken", token);

        var json = await MediaClient.ExpectAsync(await reporter.Http.SendAsync(request), 200);

        Assert.Equal("新会场", json.GetProperty("alt").GetString());
        Assert.Equal("11 月 29 日摄", json.GetProperty("caption").GetString());
    }

    [Fact]
    public async Task EditForm_SavesChangesAndClearsCover_AndShowsItsThumbnail()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var id = await ArticleForms.CreateAsync(reporter, column, "封面稿件 " + Guid.NewGuid().ToString("N")[..6]);
        var (_, token) = await reporter.OpenFormAsync($"/admin/articles/{id}/edit");
        var photo = await MediaClient.ExpectAsync(await EditorPhotos.UploadAsync(reporter, token, EditorPhotos.Jpeg()), 201);
        var photoId = photo.GetProperty("id").GetGuid();

        await SaveAsync(reporter, id, column, version: 1, cover: photoId.ToString());
        var withCover = await reporter.PageAsync($"/admin/articles/{id}/edit");
        await SaveAsync(reporter, id, column, version: 2, cover: "");
        var cleared = await reporter.PageAsync($"/admin/articles/{id}/edit");

        Assert.Contains($"id=\"cover-thumb\" src=\"{photo.GetProperty("variants").GetProperty("thumb").GetString()}\"", withCover);
        Assert.Matches($"name=\"Form.CoverMediaId\" value=\"{photoId}\"", withCover);
        Assert.Matches("name=\"Form.CoverMediaId\" value=\"\"", cleared);
        Assert.Matches("<img id=\"cover-thumb\" alt=\"[^\"]*\" hidden=\"hidden\"", cleared);
    }

    [Fact]
    public async Task NewArticleForm_ShowsErrorAndSavesNothing_WhenCoverUnknown()
    {
        var column = await newsroom.ColumnAsync();
        var (reporter, _) = await AdminSession.NewUserAsync(app, newsroom, MediaRoles.Reporter);
        var (_, token) = await reporter.OpenFormAsync("/admin/articles/new");

        var response = await reporter.PostFormAsync("/admin/articles/new", token,
            [.. ArticleForms.Fields(column, "无此封面"), ("Form.CoverMediaId", Guid.NewGuid().ToString())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("封面图片不存在", await AdminSession.ReadPageAsync(response));
    }

    private static async Task SaveAsync(AdminSession session, Guid id, Guid column, int version, string cover)
    {
        var (_, token) = await session.OpenFormAsync($"/admin/articles/{id}/edit");
        var response = await session.PostFormAsync($"/admin/articles/{id}/edit", token,
            [("ExpectedVersion", version.ToString()), .. ArticleForms.Fields(column, $"封面稿件 v{version + 1}"), ("Form.CoverMediaId", cover)]);
        await ArticleForms.SavedArticleAsync(response, expectedVersion: version + 1);
    }
}

public sealed class EditorPhotosTestsOnSqlite(SqliteMediaApp app) : EditorPhotosTests(app), IClassFixture<SqliteMediaApp>;

public sealed class EditorPhotosTestsOnPostgreSql(PostgresMediaApp app) : EditorPhotosTests(app), IClassFixture<PostgresMediaApp>;
