using System.Text.Json;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;

namespace Media.MediaLibrary.Data;

/// <summary>Reads and writes <see cref="MediaItem.VariantsJson"/>, and swaps the crops after a focal point change.</summary>
public static class MediaVariantList
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IEnumerable<StoredVariant> variants) => JsonSerializer.Serialize(variants.ToList(), Json);

    public static IReadOnlyList<StoredVariant> FromJson(string json) =>
        JsonSerializer.Deserialize<List<StoredVariant>>(json, Json) ?? [];

    /// <summary>The variants with every crop replaced by the freshly rendered ones; scaled variants stay as they are.</summary>
    public static IReadOnlyList<StoredVariant> WithCrops(IReadOnlyList<StoredVariant> current, IReadOnlyList<StoredVariant> crops)
    {
        var cropNames = VariantSpecs.Covers.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return [.. current.Where(v => !cropNames.Contains(v.Name)), .. crops];
    }
}
