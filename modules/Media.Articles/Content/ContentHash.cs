using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Media.Articles.Content;

/// <summary>SHA-256 (lowercase hex) of a canonical serialization: a JSON array of the content fields in a fixed
/// order, UTF-8, no insignificant whitespace, no escaping beyond what JSON requires.</summary>
public static class ContentHash
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Compute(ArticleContent c)
    {
        var buffer = new ArrayBufferWriter<byte>(c.Body.Length * 3 + 256);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            json.WriteStringValue("media.article.v1");
            json.WriteStringValue(c.ColumnId.ToString("D"));
            json.WriteStringValue(c.Title);
            json.WriteStringValue(c.Subtitle);
            json.WriteStringValue(c.Author);
            json.WriteStringValue(c.Source);
            json.WriteStringValue(c.Summary);
            json.WriteStringValue(c.Body);
            json.WriteStringValue(c.CoverMediaId?.ToString("D"));
            json.WriteStartArray();
            foreach (var tag in c.Tags) json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }
}
