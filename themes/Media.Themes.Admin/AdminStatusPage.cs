using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Media.Themes.Admin;

/// <summary>What an admin address answers when it ends in a bare status code (an unknown address or article, a refused
/// or stale request): the newsroom's words in the admin theme with a way back, never problem JSON (docs/admin-ui.md
/// §3). The status code stays the original one. Written directly, so it cannot fail the way a page might.</summary>
public static class AdminStatusPage
{
    public static (string Heading, string Explanation) Text(int code) => code switch
    {
        404 => ("找不到页面", "这个地址没有页面，或稿件已不存在、你无权查看。请从菜单或稿件列表进入。"),
        401 => ("请先登录", "登录已过期或尚未登录。请重新登录后再试。"),
        403 => ("无权访问", "你的角色不允许此操作。如需办理，请联系值班主编或管理员。"),
        400 => ("请求有误", "提交的内容不完整、格式不对或页面已过期，请返回刷新后重试。"),
        409 => ("稿件已变化", "稿件已被他人处理或状态已变，请返回查看最新情况。"),
        >= 500 => ("系统出错", "服务器出了问题，已记录。请稍后再试。"),
        _ => ("无法完成", "请求未能完成，请返回重试。"),
    };

    public static async Task WriteAsync(HttpContext http)
    {
        var code = http.Response.StatusCode;
        var (heading, explanation) = Text(code);
        var encode = HtmlEncoder.Default;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
              <meta charset="utf-8" />
              <meta name="viewport" content="width=device-width, initial-scale=1" />
              <title>{{encode.Encode(heading)}} · Media 融媒体</title>
              <link rel="stylesheet" href="/_content/Media.Themes.Admin/admin.css" />
            </head>
            <body>
              <header class="topbar">
                <a class="brand" href="/admin">Media · 融媒体中心</a>
                <nav aria-label="后台菜单"><a href="/admin/articles">稿件</a><a href="/admin/review">待审</a></nav>
              </header>
              <main>
                <section class="card narrow status-page">
                  <h1>{{encode.Encode(heading)}}</h1>
                  <p>{{encode.Encode(explanation)}}</p>
                  <p class="muted">错误代码 {{code}}</p>
                  <p><a class="button primary" href="/admin/articles">返回稿件列表</a></p>
                </section>
              </main>
            </body>
            </html>
            """, http.RequestAborted);
    }
}
