using System.Text.Json;
using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>The offset/count/no_content paging of the batchget endpoints (count 1..20).</summary>
internal readonly record struct Paging(int Offset, int Count, bool WithContent)
{
    public static Paging? Read(JsonElement body)
    {
        var offset = body.Int("offset") ?? 0;
        var count = body.Int("count") ?? 0;
        // no_content=1 drops each article's HTML content but keeps the news_item wrapper (the SDKs' reading).
        return offset < 0 || count is < 1 or > 20 ? null : new Paging(offset, count, body.Int("no_content") != 1);
    }

    public static JsonObject Reply(int total, IEnumerable<JsonObject> items)
    {
        var array = new JsonArray([.. items]);
        return new JsonObject { ["total_count"] = total, ["item_count"] = array.Count, ["item"] = array };
    }
}
