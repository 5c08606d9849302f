using System.Text.Json;
using Media.Review.Workflows;

namespace Media.Review.Rounds;

/// <summary>The JSON snapshot of a workflow's stages that a round keeps.</summary>
public static class RoundStages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyList<ReviewStage> stages) => JsonSerializer.Serialize(stages, Json);

    public static IReadOnlyList<ReviewStage> Read(string json) => JsonSerializer.Deserialize<List<ReviewStage>>(json, Json) ?? [];

    public static string WriteFindings<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T? ReadFindings<T>(string json) => JsonSerializer.Deserialize<T>(json, Json);
}
