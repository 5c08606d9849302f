using Media.Abstractions.Content;
using Media.Review.Data;
using Microsoft.AspNetCore.Html;

namespace Media.Review.Pages;

/// <summary>Small pieces of markup the review pages share. Text always goes through <see cref="HtmlContentBuilder.Append(string)"/>,
/// which HTML-encodes it; only the tags are literal.</summary>
public static class ReviewMarkup
{
    public static IHtmlContent Diff(ContentFieldDiff field)
    {
        var html = new HtmlContentBuilder();
        foreach (var run in field.Runs)
        {
            var tag = run.Op switch { "insert" => "ins", "delete" => "del", _ => null };
            if (tag is not null) html.AppendHtml($"<{tag}>");
            html.Append(run.Text);
            if (tag is not null) html.AppendHtml($"</{tag}>");
        }
        return html;
    }

    public static string Decision(string decision) => decision switch
    {
        "approve" => "通过",
        "reject" => "退回",
        _ => decision,
    };

    /// <summary>How the review record names a round's state (<see cref="ReviewRoundState"/>).</summary>
    public static string RoundState(string state) => state switch
    {
        ReviewRoundState.Open => "审核中",
        ReviewRoundState.Withdrawn => "已撤回",
        ReviewRoundState.Rejected => "已退回",
        ReviewRoundState.SignedOff => "已签发",
        ReviewRoundState.Voided => "签发已作废",
        ReviewRoundState.Retracted => "已撤稿",
        _ => state,
    };
}
