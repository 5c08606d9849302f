using System.Text.Json.Serialization;

namespace Media.Screening;

/// <summary>How a hit weighs on the workflow: <c>block</c> stops a submission, <c>warn</c> is shown to reviewers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ScreeningSeverity>))]
public enum ScreeningSeverity
{
    [JsonStringEnumMemberName("warn")]
    Warn,

    [JsonStringEnumMemberName("block")]
    Block,
}
