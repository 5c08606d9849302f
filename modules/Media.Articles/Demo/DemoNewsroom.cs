using System.Reflection;
using System.Security.Claims;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Articles.Columns;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Demo;

/// <summary>Development demo: columns, and a few drafts written by the demo reporter through the real desk,
/// one of them the county speech (with the placeholders and conversion artefacts screening must catch).</summary>
internal sealed class DemoNewsroom(MediaDbContext db, ColumnDesk columns, ArticleDesk desk, IUserDirectory users, IHttpContextAccessor http)
    : IStartupTask
{
    private static readonly (string Name, string Slug)[] Columns =
        [("要闻", "news"), ("政务", "government"), ("民生", "livelihood"), ("乡村振兴", "rural"), ("文化旅游", "culture")];

    public int Order => StartupTaskOrder.DemoContent;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Column>().AnyAsync(cancellationToken)) return;
        foreach (var (name, slug) in Columns) await columns.CreateAsync(new ColumnInput(name, slug, null, null), cancellationToken);
        var reporter = await users.FindByUserNameAsync("reporter", cancellationToken);
        if (reporter is null) return;

        // The desk records who wrote what from the signed-in user; at start-up the demo reporter "signs in".
        http.HttpContext = new DefaultHttpContext { User = ReporterPrincipal(reporter) };
        var ids = await db.Set<Column>().ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        await WriteAsync(ids["government"], "2022年县意识形态工作会讲话（原稿）", Speech(), "县委宣传部", cancellationToken);
        await WriteAsync(ids["news"], "我县春季植树造林活动全面启动",
            "3月12日上午，县四套班子领导与干部群众一起来到城北生态林基地，参加义务植树活动。\n\n今年全县计划完成植树造林2.3万亩，重点推进“两山”绿化和道路沿线绿化工程。",
            "融媒体中心记者", cancellationToken);
        await WriteAsync(ids["livelihood"], "城区新增3处便民停车场",
            "为缓解老城区停车难，县住建局在人民路、建设路等地新建3处便民停车场，新增车位420个，**本月底**前投入使用。",
            "融媒体中心记者", cancellationToken);
        http.HttpContext = null;
    }

    private async Task WriteAsync(Guid column, string title, string body, string author, CancellationToken ct) =>
        await desk.CreateAsync(new ArticleInput(column, title, null, author, "县融媒体中心", null, body, null, ["demo"]), ct);

    private static ClaimsPrincipal ReporterPrincipal(UserSummary reporter) => new(new ClaimsIdentity(
    [
        new Claim(MediaClaimTypes.UserId, reporter.Id.ToString()),
        new Claim(MediaClaimTypes.UserName, reporter.UserName),
        new Claim(MediaClaimTypes.DisplayName, reporter.DisplayName),
        .. reporter.Roles.Select(r => new Claim(MediaClaimTypes.Role, r)),
    ], "demo", MediaClaimTypes.UserName, MediaClaimTypes.Role));

    private static string Speech()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Media.Articles.Demo.county-speech-2022.txt")!;
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", lines.Skip(1)); // the first line is the title
    }
}
