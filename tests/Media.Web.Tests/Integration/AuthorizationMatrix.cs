namespace Media.Web.Tests.Integration;

/// <summary>
/// Who may call what (docs/accounts.md §11). Each row is one endpoint and method; each of the seven characters is
/// one caller, in this order: anonymous, Reporter, Editor, ChiefEditor, Leader, Admin, Auditor.
/// <list type="bullet">
/// <item><c>o</c> allowed past authorization — whatever the handler then answers to a harmless request (400, 404, …);</item>
/// <item><c>-</c> not signed in: 401 on the API, a redirect to the sign-in page elsewhere;</item>
/// <item><c>x</c> refused: 403 on the API, a redirect to the access-denied page on the admin pages;</item>
/// <item><c>s</c> past the role check but asked for a fresh second factor (401 step-up-required, docs/accounts.md §9).
/// The test users have no TOTP, so the step-up endpoints show <c>o</c> for the roles that hold the permission; they
/// are marked "step-up" below.</item>
/// </list>
/// </summary>
internal static class AuthorizationMatrix
{
    /// <summary>Calls that end the caller's session, made after all the others.</summary>
    public static readonly IReadOnlySet<string> EndsSession = new HashSet<string> { "POST /api/auth/logout", "POST /admin/signout" };

    public static readonly IReadOnlyDictionary<string, string> Expected = new Dictionary<string, string>
    {
        // Public site, feeds, sitemap, media files, theme: anyone (the site's unknown-page route included).
        ["GET /"] = "ooooooo",
        ["GET /articles/{id:guid}"] = "ooooooo",
        ["GET /{column}/{year:int:length(4)}/{month:int:length(2)}/{day:int:length(2)}/{shortId:length(8,32)}.html"] = "ooooooo",
        ["GET /columns/{slug}"] = "ooooooo",
        ["GET /corrections"] = "ooooooo",
        ["GET /reading-mode"] = "ooooooo",
        ["GET /feed.xml"] = "ooooooo",
        ["GET /media/{sha256}/{file}"] = "ooooooo",
        ["GET /robots.txt"] = "ooooooo",
        ["GET /search"] = "ooooooo",
        ["GET /sitemap.xml"] = "ooooooo",
        ["GET /theme/county.css"] = "ooooooo",
        ["GET /{**path:file}"] = "ooooooo",
        ["GET /{*path:regex(^(?!api(/|$)))}"] = "ooooooo",
        ["GET /{slug}/feed.xml"] = "ooooooo",
        // Health, OpenAPI and the API reference: anyone (/metrics is middleware, limited by address: docs/operations.md §6).
        ["GET /api/reference/favicon.svg"] = "ooooooo",
        ["GET /api/reference/scalar.aspnetcore.js"] = "ooooooo",
        ["GET /api/reference/scalar.js"] = "ooooooo",
        ["GET /api/reference/{documentName?}"] = "ooooooo",
        ["GET /health/live"] = "ooooooo",
        ["POST /health/live"] = "ooooooo",
        ["GET /health/ready"] = "ooooooo",
        ["POST /health/ready"] = "ooooooo",
        ["GET /openapi/{documentName}.json"] = "ooooooo",
        // WeChat's callbacks: anyone — WeChat signs them (docs/wechat.md).
        ["GET /wechat/callback/{channelId:guid}"] = "ooooooo",
        ["POST /wechat/callback/{channelId:guid}"] = "ooooooo",
        // The public read API and the sign-in API: anyone.
        ["POST /api/auth/login"] = "ooooooo",
        ["GET /api/public/articles"] = "ooooooo",
        ["GET /api/public/articles/{id:guid}"] = "ooooooo",
        ["GET /api/public/corrections"] = "ooooooo",
        ["GET /api/public/search"] = "ooooooo",
        // Admin pages and their endpoints: the cookie; the sign-in, sign-out and access-denied pages are open. /admin
        // itself and the jobs dashboard say nothing of their own, so the fallback policy asks for a signed-in user; the
        // dashboard then admits Admins only.
        ["GET /admin"] = "-oooooo",
        ["GET /admin/account"] = "-oooooo",
        ["POST /admin/account"] = "-oooooo",
        ["GET /admin/articles"] = "-oooooo",
        ["POST /admin/articles"] = "-oooooo",
        ["GET /admin/articles/new"] = "-ooooxx",
        ["POST /admin/articles/new"] = "-ooooxx",
        ["GET /admin/articles/preview"] = "-oooooo",
        ["POST /admin/articles/preview"] = "-oooooo",
        ["GET /admin/articles/{id:guid}"] = "-oooooo",
        ["POST /admin/articles/{id:guid}"] = "-oooooo",
        ["GET /admin/articles/{id:guid}/correct"] = "-ooooxx",
        ["POST /admin/articles/{id:guid}/correct"] = "-ooooxx",
        ["GET /admin/articles/{id:guid}/deliveries"] = "-xxooox",
        ["POST /admin/articles/{id:guid}/deliveries"] = "-xxooox",
        ["GET /admin/articles/{id:guid}/deliveries-panel"] = "-oooooo",
        ["POST /admin/articles/{id:guid}/deliveries-panel"] = "-oooooo",
        ["GET /admin/articles/{id:guid}/edit"] = "-oooooo",
        ["POST /admin/articles/{id:guid}/edit"] = "-oooooo",
        ["GET /admin/articles/{id:guid}/publish"] = "-xxooox",
        ["POST /admin/articles/{id:guid}/publish"] = "-xxooox",
        ["GET /admin/articles/{id:guid}/retract"] = "-xxxoox",
        ["POST /admin/articles/{id:guid}/retract"] = "-xxxoox",
        // The editor's preview, hits marked with ?screening=1, and each channel's preview in a sandboxed frame: the
        // article's own access rule decides inside (404 for who may not see it).
        ["GET /admin/articles/{id:guid}/preview"] = "-oooooo",
        ["POST /admin/articles/{id:guid}/preview"] = "-oooooo",
        ["GET /admin/articles/{id:guid}/preview/{channel}"] = "-oooooo",
        ["GET /admin/audit"] = "-xxxxoo",
        ["POST /admin/audit"] = "-xxxxoo",
        ["GET /admin/audit/articles/{id:guid}"] = "-xxxxoo",
        ["POST /admin/audit/articles/{id:guid}"] = "-xxxxoo",
        ["GET /admin/audit/articles/{id:guid}/sheet"] = "-xxxxoo",
        ["POST /admin/audit/articles/{id:guid}/sheet"] = "-xxxxoo",
        ["GET /admin/audit/export"] = "-xxxxoo",
        // The admin screens (docs/admin-ui.md §7): Admins change; Auditors also read the users and the workflows.
        ["GET /admin/pushes"] = "-xoooxo",
        ["POST /admin/pushes"] = "-xoooxo",
        ["GET /admin/channels"] = "-xxxxox",
        ["POST /admin/channels"] = "-xxxxox",
        ["GET /admin/channels/{id:guid}"] = "-xxxxox",
        ["POST /admin/channels/{id:guid}"] = "-xxxxox",
        ["GET /admin/columns"] = "-xxxxox",
        ["POST /admin/columns"] = "-xxxxox",
        ["GET /admin/columns/{id:guid}"] = "-xxxxox",
        ["POST /admin/columns/{id:guid}"] = "-xxxxox",
        ["GET /admin/lexicon"] = "-xxxxox",
        ["POST /admin/lexicon"] = "-xxxxox",
        ["GET /admin/users"] = "-xxxxoo",
        ["POST /admin/users"] = "-xxxxoo", // the page refuses an Auditor's change itself (AdminScreensTests)
        ["GET /admin/users/{id:guid}"] = "-xxxxoo",
        ["POST /admin/users/{id:guid}"] = "-xxxxoo",
        ["GET /admin/workflows"] = "-xooooo",
        ["POST /admin/workflows"] = "-xooooo", // only ManageWorkflows may save; the page refuses the others itself
        ["GET /admin/workflows/{id:guid}"] = "-xxxxox",
        ["POST /admin/workflows/{id:guid}"] = "-xxxxox",
        // 确认身份 (step-up on the pages) and 今日: every signed-in user.
        ["GET /admin/stepup"] = "-oooooo",
        ["POST /admin/stepup"] = "-oooooo",
        ["GET /admin/today"] = "-oooooo",
        ["POST /admin/today"] = "-oooooo",
        ["GET /admin/denied"] = "ooooooo",
        ["POST /admin/denied"] = "ooooooo",
        ["GET /admin/jobs/{**path}"] = "-xxxxox",
        ["POST /admin/jobs/{**path}"] = "-xxxxxx", // the dashboard's own antiforgery check refuses a token-less POST, even an Admin's
        ["POST /admin/media/upload"] = "-ooooox",
        ["POST /admin/media/{id:guid}"] = "-ooooox",
        ["GET /admin/notifications"] = "-oooooo",
        ["POST /admin/notifications"] = "-oooooo",
        ["GET /admin/review"] = "-oooooo",
        ["POST /admin/review"] = "-oooooo",
        ["GET /admin/review/submit/{articleId:guid}"] = "-oooooo",
        ["POST /admin/review/submit/{articleId:guid}"] = "-oooooo",
        ["GET /admin/review/{articleId:guid}"] = "-oooooo",
        ["POST /admin/review/{articleId:guid}"] = "-oooooo",
        ["GET /admin/signin"] = "ooooooo",
        ["POST /admin/signin"] = "ooooooo",
        ["GET /admin/signout"] = "ooooooo",
        ["POST /admin/signout"] = "ooooooo",
        // The API: the bearer token.
        ["POST /api/admin/search/rebuild"] = "-xxxxox",
        ["GET /api/articles/"] = "-oooooo",
        ["POST /api/articles/"] = "-ooooxx",
        ["GET /api/articles/{id:guid}"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["PUT /api/articles/{id:guid}"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["GET /api/articles/{id:guid}/audit"] = "-xooooo",
        ["POST /api/articles/{id:guid}/corrections"] = "-ooooxx",
        ["GET /api/articles/{id:guid}/deliveries"] = "-oooooo",
        ["POST /api/articles/{id:guid}/deliveries"] = "-xxooox",
        ["POST /api/articles/{id:guid}/deliveries/{deliveryId:guid}/retry"] = "-xxooox",
        ["GET /api/articles/{id:guid}/diff"] = "-oooooo",
        ["GET /api/articles/{id:guid}/preview"] = "-oooooo",
        ["POST /api/articles/{id:guid}/publish"] = "-xxooox", // step-up
        ["POST /api/articles/{id:guid}/reopen"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["POST /api/articles/{id:guid}/restore"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["POST /api/articles/{id:guid}/retract"] = "-xxxoox", // step-up
        ["POST /api/articles/{id:guid}/review"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["GET /api/articles/{id:guid}/reviews"] = "-oooooo",
        ["POST /api/articles/{id:guid}/submit"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["GET /api/articles/{id:guid}/versions"] = "-oooooo",
        ["GET /api/articles/{id:guid}/versions/{version:int}"] = "-oooooo",
        ["POST /api/articles/{id:guid}/withdraw"] = "-oooooo", // who may act on the article is decided by the handler, after it is found
        ["GET /api/audit/"] = "-xxxxoo",
        ["GET /api/audit/export"] = "-xxxxoo",
        ["GET /api/audit/verify"] = "-xxxxoo",
        ["POST /api/auth/logout"] = "-oooooo",
        ["POST /api/auth/step-up"] = "-oooooo",
        ["GET /api/channels/"] = "-oooooo",
        ["POST /api/channels/"] = "-xxxxox", // step-up
        ["GET /api/channels/{id:guid}"] = "-oooooo",
        ["PUT /api/channels/{id:guid}"] = "-xxxxox", // step-up
        ["GET /api/columns/"] = "-oooooo",
        ["POST /api/columns/"] = "-xxxxox",
        ["GET /api/columns/{id:guid}"] = "-oooooo",
        ["PUT /api/columns/{id:guid}"] = "-xxxxox",
        ["GET /api/me"] = "-oooooo",
        ["POST /api/me/password"] = "-oooooo",
        ["POST /api/me/totp/"] = "-oooooo",
        ["POST /api/me/totp/confirm"] = "-oooooo",
        ["POST /api/media/"] = "-ooooox",
        ["GET /api/media/{id:guid}"] = "-oooooo",
        ["PUT /api/media/{id:guid}"] = "-ooooox",
        ["GET /api/notifications"] = "-oooooo",
        ["GET /api/review/inbox"] = "-oooooo",
        ["POST /api/screening/check"] = "-ooooox",
        ["GET /api/screening/lexicon"] = "-xooooo",
        ["PUT /api/screening/lexicon"] = "-xxxxox", // step-up
        ["GET /api/users/"] = "-xxxxoo",
        ["POST /api/users/"] = "-xxxxox",
        ["GET /api/users/{id:guid}"] = "-xxxxoo",
        ["PATCH /api/users/{id:guid}"] = "-xxxxox",
        ["POST /api/users/{id:guid}/disable"] = "-xxxxox",
        ["POST /api/users/{id:guid}/enable"] = "-xxxxox",
        ["POST /api/users/{id:guid}/password"] = "-xxxxox",
        ["PUT /api/users/{id:guid}/roles"] = "-xxxxox", // step-up
        ["DELETE /api/users/{id:guid}/totp"] = "-xxxxox",
        ["GET /api/wechat/pushes/"] = "-xoooxo",
        ["POST /api/wechat/pushes/"] = "-xoooxx",
        ["GET /api/wechat/pushes/{id:guid}"] = "-xoooxo",
        ["PUT /api/wechat/pushes/{id:guid}"] = "-xoooxx",
        ["POST /api/wechat/pushes/{id:guid}/signoff"] = "-xxxoxx", // step-up
        ["POST /api/wechat/pushes/{id:guid}/send"] = "-xxooxx", // step-up
        ["POST /api/wechat/pushes/{id:guid}/retract"] = "-xxxoxx", // step-up
        ["POST /api/wechat/pushes/{id:guid}/preview"] = "-xoooxx",
        ["GET /api/wechat/quota"] = "-xoooxo",
        ["GET /api/workflows/"] = "-xooooo",
        ["POST /api/workflows/"] = "-xxxxox",
        ["GET /api/workflows/{id:guid}"] = "-xooooo",
        ["PUT /api/workflows/{id:guid}"] = "-xxxxox",
    };
}
