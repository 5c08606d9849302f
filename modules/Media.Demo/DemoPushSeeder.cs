using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Media.Demo;

/// <summary>Seeds what a county team has each morning, through the site's own HTTP API as the demo users (so every check
/// of the real path applies): three articles with covers written by <c>reporter</c> and taken through 三审 by
/// <c>editor</c>, <c>chief</c> and <c>leader</c>, and a "今日推送" of them composed by <c>editor</c> as a 群发 to all
/// followers, waiting for <c>leader</c>'s sign-off. Runs once: nothing is done when the demo 公众号 has a push already.</summary>
internal sealed class DemoPushSeeder(HttpClient http)
{
    public const string Password = "media-demo-2026";

    private static readonly (string Column, string Title, string Summary, string Body, byte R, byte G, byte B)[] Pieces =
    [
        ("news", "全县秋冬季农田水利建设现场推进会召开", "会议要求12月底前完成高标准农田建设任务。",
            "12月7日，全县秋冬季农田水利建设现场推进会在城南镇召开。与会人员实地察看了高标准农田建设、灌区续建配套等项目。\n\n" +
            "会议要求，各乡镇要抢抓冬季施工黄金期，**12月底前**完成今年3.6万亩高标准农田建设任务。", 46, 125, 50),
        ("livelihood", "县人民医院开通夜间门诊", "内科、儿科、口腔科夜间门诊每天开到晚上9点。",
            "从本周一起，县人民医院开通内科、儿科、口腔科夜间门诊，每天18:00至21:00接诊，方便上班族和学生就医。\n\n" +
            "夜间门诊可通过医院公众号预约挂号，医保结算与白天门诊相同。", 30, 90, 170),
        ("culture", "“非遗进校园”走进城关第二小学", "剪纸、皮影两项县级非遗项目的传承人为学生授课。",
            "12月5日，“非遗进校园”活动走进城关第二小学，剪纸、皮影两项县级非物质文化遗产项目的传承人为四年级学生现场授课。\n\n" +
            "本学期全县已有12所中小学开设非遗兴趣课堂。", 170, 60, 40),
    ];

    /// <summary>Returns the composed push's id, or null when the demo 公众号 had a push already.</summary>
    public async Task<Guid?> SeedAsync(Guid channelId, CancellationToken ct)
    {
        var editor = await SignInAsync("editor", ct);
        var existing = await GetAsync(editor, $"/api/wechat/pushes?channelId={channelId}&pageSize=1", ct);
        if (existing.GetProperty("total").GetInt32() > 0) return null;

        var reporter = await SignInAsync("reporter", ct);
        var reviewers = new[] { editor, await SignInAsync("chief", ct), await SignInAsync("leader", ct) };
        var columns = (await GetAsync(reporter, "/api/columns?pageSize=100", ct)).GetProperty("items").EnumerateArray()
            .ToDictionary(c => c.GetProperty("slug").GetString()!, c => c.GetProperty("id").GetGuid());
        var articleIds = new List<Guid>();
        foreach (var piece in Pieces)
        {
            if (!columns.TryGetValue(piece.Column, out var column)) column = columns.Values.First();
            var cover = await UploadCoverAsync(reporter, DemoCover.Jpeg(piece.R, piece.G, piece.B), ct);
            var article = await PostAsync(reporter, "/api/articles", new
            {
                columnId = column, title = piece.Title, author = "融媒体中心记者", source = "县融媒体中心", summary = piece.Summary,
                body = piece.Body, coverMediaId = cover, tags = new[] { "demo" },
            }, ct);
            var id = article.GetProperty("id").GetGuid();
            var version = article.GetProperty("version").GetInt32();
            await PostAsync(reporter, $"/api/articles/{id}/submit", new { version }, ct);
            foreach (var reviewer in reviewers)
                await PostAsync(reviewer, $"/api/articles/{id}/review", new { version, decision = "approve", comment = "同意" }, ct);
            articleIds.Add(id);
        }

        var push = await PostAsync(editor, "/api/wechat/pushes", new { channelId, mode = "massSend", articleIds }, ct);
        return push.GetProperty("id").GetGuid();
    }

    private async Task<string> SignInAsync(string userName, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password = Password }, ct);
        return (await ReadAsync(response, $"sign-in of {userName}", ct)).GetProperty("accessToken").GetString()!;
    }

    private async Task<Guid> UploadCoverAsync(string token, byte[] jpeg, CancellationToken ct)
    {
        using var form = new MultipartFormDataContent();
        var photo = new ByteArrayContent(jpeg);
        photo.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "file", "cover.jpg");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/media") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        return (await ReadAsync(response, "the cover upload", ct)).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> GetAsync(string token, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        return await ReadAsync(response, $"GET {path}", ct);
    }

    private async Task<JsonElement> PostAsync(string token, string path, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, ct);
        return await ReadAsync(response, $"POST {path}", ct);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw new DemoSeedException($"{what} answered {(int)response.StatusCode}: {text}");
        if (text.Length == 0) return default;
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}

/// <summary>The site refused a step of the demo seed; the demo goes on without its push.</summary>
internal sealed class DemoSeedException(string message) : Exception(message);
