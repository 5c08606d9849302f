using System.Globalization;
using Media.Abstractions.Time;

namespace Media.Abstractions.Content;

/// <summary>
/// The public address of an article: <c>/{columnSlug}/{yyyy}/{MM}/{dd}/{shortId}.html</c>, with the column and the
/// Beijing date of its first publication and a short id taken from the end of its id (docs/http-api.md §4.14). It is
/// worked out once, when the piece first goes out, and stored: a later correction, a move to another column or a
/// column renamed leaves it as it is.
/// </summary>
public static class ArticleAddress
{
    /// <summary>The address pieces had before readable addresses; it now answers <c>301</c> to the stored one.</summary>
    public const string LegacyPrefix = "/articles/";

    /// <summary>How long the short id grows when the shorter ones are taken: 8 hex digits (32 random bits of a
    /// version-7 id), then 12, then the whole id.</summary>
    public static readonly IReadOnlyList<int> ShortIdLengths = [8, 12, 32];

    public static string Legacy(Guid articleId) => $"{LegacyPrefix}{articleId}";

    public static bool IsLegacy(string? url) => url is null || url.StartsWith(LegacyPrefix, StringComparison.Ordinal);

    /// <summary>The last <paramref name="length"/> hex digits of the id: a version-7 id begins with its creation time,
    /// so its end (random) is what tells pieces of the same day apart.</summary>
    public static string ShortId(Guid articleId, int length) => articleId.ToString("N")[^length..];

    public static string Of(string columnSlug, DateTimeOffset firstPublished, string shortId)
    {
        var day = ChinaTime.ToBeijing(firstPublished);
        return string.Create(CultureInfo.InvariantCulture,
            $"/{Uri.EscapeDataString(columnSlug)}/{day:yyyy}/{day:MM}/{day:dd}/{shortId}.html");
    }
}
