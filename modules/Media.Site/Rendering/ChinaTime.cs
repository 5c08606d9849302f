using System.Globalization;

namespace Media.Site.Rendering;

/// <summary>Publication times for people in China Standard Time, written the Chinese way (2025年3月12日 09:30). China has kept UTC+8 without
/// daylight saving since 1991, so a fixed offset is exact and needs no time-zone database.</summary>
internal static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>For machines (the <c>datetime</c> attribute, <c>article:published_time</c>): ISO 8601 in UTC, since the
    /// HTML encoder would write the <c>+</c> of "+08:00" as an entity.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static int Year(DateTimeOffset instant) => instant.ToOffset(Offset).Year;
}
