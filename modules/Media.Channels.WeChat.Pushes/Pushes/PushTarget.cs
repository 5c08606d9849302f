using System.Globalization;
using System.Text.Json.Serialization;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>Whom a mass send reaches: every follower (<c>{ "toAll": true }</c>) or those with one tag (<c>{ "tagId": n }</c>);
/// the member not in use is left out of the JSON.</summary>
public sealed record PushTarget(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? ToAll,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? TagId)
{
    public static readonly PushTarget All = new(true, null);

    /// <summary><c>all</c> or the tag id: what the push row keeps and its content hash covers.</summary>
    public string ToStored() => TagId is { } tag ? tag.ToString(CultureInfo.InvariantCulture) : "all";

    public static PushTarget? FromStored(string? stored) => stored switch
    {
        null => null,
        "all" => All,
        _ => new PushTarget(null, long.Parse(stored, CultureInfo.InvariantCulture)),
    };
}
