using System.Net;
using System.Text;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>GET /: a plain page showing what the demo sent, so a newcomer can follow the pipeline.</summary>
internal static class SandboxHomePage
{
    public static void MapSandboxHomePage(this IEndpointRouteBuilder root) => root.MapGet("/", Render);

    private static ContentHttpResult Render(SandboxState state)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>WeChat sandbox</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
            .Append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}</style></head><body>")
            .Append("<h1>WeChat sandbox</h1><p>A local stand-in for api.weixin.qq.com. JSON: <a href=\"sandbox/state\">sandbox/state</a></p>");
        Table(html, "Accounts", ["appid", "name", "verified", "callback"], state.Options.Accounts.Select(a =>
            new[] { a.AppId, a.Name, a.Verified.ToString(), a.Callback is null ? "" : $"{a.Callback.Url} ({a.Callback.Mode})" }));
        Table(html, "Drafts", ["appid", "media_id", "titles", "updated"], state.Drafts.All.Select(d =>
            new[] { d.AppId, d.MediaId, string.Join(" | ", d.Articles.Select(a => a.Title)), d.UpdatedAt.ToString("u") }));
        Table(html, "Publishes", ["publish_id", "status", "titles", "article_id", "urls"], state.Publishes.All.Select(p =>
            new[] { p.PublishId.ToString(), StatusName(p.Status), string.Join(" | ", p.Articles.Select(a => a.Title)),
                p.ArticleId ?? "", string.Join(" ", p.ArticleUrls) }));
        Table(html, "Mass sends (群发)", ["msg_id", "to", "titles", "sent", "confirmed", "urls"], state.MassSends.All.Select(m =>
            new[] { m.MsgId.ToString(), m.IsToAll ? "all followers" : $"tag {m.TagId}", string.Join(" | ", m.Articles.Select(a => a.Title)),
                m.SentAt.ToString("u"), m.Refused ? "refused" : m.ConfirmedAt?.ToString("u") ?? "", string.Join(" ", m.ArticleUrls) }));
        Table(html, "Previews (预览)", ["wx name", "titles", "at"], state.MassSends.Previews.Select(p =>
            new[] { p.WxName, string.Join(" | ", p.Titles), p.At.ToString("u") }));
        Table(html, "Images and materials", ["kind", "url", "bytes"],
            state.Media.Images.Select(i => new[] { "uploadimg", i.Url, i.Bytes.Length.ToString() })
                .Concat(state.Media.Materials.Select(m => new[] { m.Type, m.Url ?? m.MediaId, m.Bytes.Length.ToString() })));
        Table(html, "Callbacks", ["event", "publish_id / MsgID", "attempt", "result"], state.Callbacks.All.Select(c =>
            new[] { c.Event, c.PublishId.ToString(), c.Attempt.ToString(), c.StatusCode?.ToString() ?? c.Error ?? "" }));
        Table(html, "Calls", ["endpoint", "count"], state.Calls.CountsByEndpoint().Select(c => new[] { c.Key, c.Value.ToString() }));
        return TypedResults.Content(html.Append("</body></html>").ToString(), "text/html; charset=utf-8");
    }

    private static void Table(StringBuilder html, string title, string[] headers, IEnumerable<string[]> rows)
    {
        html.Append("<h2>").Append(title).Append("</h2><table><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(header).Append("</th>");
        }

        html.Append("</tr>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static string StatusName(int status) => status switch
    {
        0 => "0 success",
        1 => "1 publishing",
        2 => "2 original-content check failed",
        3 => "3 failed",
        4 => "4 review rejected",
        5 => "5 deleted",
        6 => "6 banned",
        _ => status.ToString(),
    };
}
