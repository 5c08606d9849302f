using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>The read-only picture of the sandbox for GET /sandbox/state. Never carries secrets or whole tokens.</summary>
internal static class SandboxSummary
{
    public static JsonObject Build(SandboxState state) => new()
    {
        ["accounts"] = Array(state.Options.Accounts.Select(a => new JsonObject
        {
            ["appid"] = a.AppId, ["name"] = a.Name, ["original_id"] = a.OriginalId, ["verified"] = a.Verified,
            ["callback_url"] = a.Callback?.Url, ["callback_mode"] = a.Callback?.Mode.ToString(),
        })),
        ["tokens_issued"] = Array(state.Tokens.All.Select(t => new JsonObject
        {
            ["appid"] = t.AppId, ["stable"] = t.Stable, ["ends_with"] = t.Value[^6..],
            ["issued_at"] = t.IssuedAt, ["expires_at"] = t.ExpiresAt, ["revoked"] = t.Revoked,
        })),
        ["images"] = Array(state.Media.Images.Select(i => new JsonObject { ["appid"] = i.AppId, ["url"] = i.Url, ["bytes"] = i.Bytes.Length })),
        ["materials"] = Array(state.Media.Materials.Select(m => new JsonObject
        {
            ["appid"] = m.AppId, ["media_id"] = m.MediaId, ["type"] = m.Type, ["url"] = m.Url, ["bytes"] = m.Bytes.Length,
        })),
        ["drafts"] = Array(state.Drafts.All.Select(d => new JsonObject
        {
            ["appid"] = d.AppId, ["media_id"] = d.MediaId, ["titles"] = Array(d.Articles.Select(a => JsonValue.Create(a.Title))),
        })),
        ["publishes"] = Array(state.Publishes.All.Select(p => new JsonObject
        {
            ["appid"] = p.AppId, ["publish_id"] = p.PublishId, ["publish_status"] = p.Status, ["article_id"] = p.ArticleId,
            ["titles"] = Array(p.Articles.Select(a => JsonValue.Create(a.Title))),
            ["article_urls"] = Array(p.ArticleUrls.Select(u => JsonValue.Create(u))), ["polls"] = p.Polls,
        })),
        ["mass_sends"] = Array(state.MassSends.All.Select(m => new JsonObject
        {
            ["appid"] = m.AppId, ["msg_id"] = m.MsgId, ["is_to_all"] = m.IsToAll, ["tag_id"] = m.TagId,
            ["titles"] = Array(m.Articles.Select(a => JsonValue.Create(a.Title))),
            ["article_urls"] = Array(m.ArticleUrls.Select(u => JsonValue.Create(u))), ["sent_at"] = m.SentAt,
            ["confirmed_at"] = m.ConfirmedAt, ["refused"] = m.Refused,
        })),
        ["calls"] = new JsonObject([.. state.Calls.CountsByEndpoint().Select(c => KeyValuePair.Create(c.Key, (JsonNode?)c.Value))]),
        ["calls_with_unicode_escapes"] = state.Calls.All.Count(c => c.ContainsUnicodeEscapes),
        ["pending_faults"] = Array(state.Faults.Pending.Select(f => new JsonObject
        {
            ["endpoint"] = f.Endpoint, ["fault"] = f.Describe(), ["times"] = f.Times,
        })),
        ["callbacks"] = Array(state.Callbacks.All.Select(c => new JsonObject
        {
            ["event"] = c.Event, ["publish_id"] = c.PublishId, ["attempt"] = c.Attempt, ["status_code"] = c.StatusCode, ["error"] = c.Error,
        })),
        ["publish_id_as_string"] = state.PublishIdAsString,
    };

    private static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);
}
