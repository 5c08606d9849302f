using System.Text.Json;

namespace Media.Testing;

/// <summary>Builders with valid defaults: each test makes its own users, columns and articles.</summary>
public sealed class Newsroom(MediaAppFactory app)
{
    public const string Password = "Newsroom-Pa55!";

    private MediaClient? admin;

    public async Task<MediaClient> AdminAsync() => admin ??= await app.AdminAsync();

    /// <summary>Creates a user with the roles and returns their signed-in client and id.</summary>
    public async Task<(MediaClient Client, Guid Id)> UserAsync(params string[] roles)
    {
        var userName = "u" + Guid.NewGuid().ToString("N")[..12];
        var created = await (await AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = $"测试 {string.Join('/', roles)}", password = Password, roles }, 201);
        return (await app.SignInAsync(userName, Password), created.GetProperty("id").GetGuid());
    }

    public async Task<Guid> ColumnAsync(string? name = null)
    {
        var slug = "c-" + Guid.NewGuid().ToString("N")[..10];
        var column = await (await AdminAsync()).PostJsonAsync("/api/columns", new { name = name ?? "要闻 " + slug[2..6], slug }, 201);
        return column.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ArticleAsync(MediaClient author, Guid columnId, string? title = null, string body = "县里今天召开会议。")
    {
        return await author.PostJsonAsync("/api/articles", new
        {
            columnId,
            title = title ?? "测试稿件 " + Guid.NewGuid().ToString("N")[..6],
            subtitle = (string?)null,
            author = "记者",
            body,
            tags = new[] { "测试" },
        }, 201);
    }
}
