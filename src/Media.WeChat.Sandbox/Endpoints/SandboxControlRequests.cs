using System.Text.Json.Serialization;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>POST /sandbox/faults: kind is errcode, http500, delay, drop or lose-answer.</summary>
internal sealed record FaultRequest(
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("errcode")] int? Errcode,
    [property: JsonPropertyName("errmsg")] string? Errmsg,
    [property: JsonPropertyName("delay_ms")] int? DelayMs,
    [property: JsonPropertyName("times")] int? Times);

/// <summary>POST /sandbox/publish/{id}/resolve and /sandbox/publish/next-outcome.</summary>
internal sealed record OutcomeRequest(
    [property: JsonPropertyName("status")] int Status,
    [property: JsonPropertyName("fail_idx")] int[]? FailIdx);

internal sealed record SettingsRequest(
    [property: JsonPropertyName("publish_id_as_string")] bool? PublishIdAsString);

internal sealed record InvalidateTokensRequest(
    [property: JsonPropertyName("appid")] string AppId);
