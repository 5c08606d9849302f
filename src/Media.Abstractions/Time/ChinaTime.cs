using System.Globalization;

namespace Media.Abstractions.Time;

/// <summary>
/// Beijing time (China Standard Time, UTC+8): what the newsroom, its readers and WeChat's quotas count in. China has
/// kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and needs no time-zone database.
/// Instants are stored in UTC; this turns them into Beijing days, months and the texts people read.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToBeijing(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The instant a Beijing wall-clock time (e.g. from a <c>datetime-local</c> field) names.</summary>
    public static DateTimeOffset FromBeijing(DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), Offset);

    /// <summary>Midnight in Beijing that began the Beijing day of <paramref name="instant"/> (daily quotas reset then).</summary>
    public static DateTimeOffset StartOfDay(DateTimeOffset instant) => new(ToBeijing(instant).Date, Offset);

    public static DateTimeOffset StartOfNextDay(DateTimeOffset instant) => StartOfDay(instant).AddDays(1);

    /// <summary>Midnight in Beijing on the first of the Beijing month of <paramref name="instant"/>.</summary>
    public static DateTimeOffset StartOfMonth(DateTimeOffset instant)
    {
        var beijing = ToBeijing(instant);
        return new DateTimeOffset(beijing.Year, beijing.Month, 1, 0, 0, 0, Offset);
    }

    public static DateTimeOffset StartOfNextMonth(DateTimeOffset instant) => StartOfMonth(instant).AddMonths(1);

    public static int Year(DateTimeOffset instant) => ToBeijing(instant).Year;

    /// <summary>For readers of the site, the Chinese way: <c>2025年3月12日 09:30</c>.</summary>
    public static string Long(DateTimeOffset instant) =>
        ToBeijing(instant).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The day as people say it: <c>2025年3月12日 星期三</c>.</summary>
    public static string Day(DateTimeOffset instant)
    {
        var day = ToBeijing(instant);
        return day.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) + " 星期" + "日一二三四五六"[(int)day.DayOfWeek];
    }

    /// <summary>The time of day alone, for what happened today: <c>09:30</c>.</summary>
    public static string Clock(DateTimeOffset instant) => ToBeijing(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Every time an admin page shows (docs/admin-ui.md §13), written as people write it and the same as
    /// <see cref="Long"/>: <c>2025年3月12日 09:30</c>, Beijing time. Pages never show an ISO or UTC time.</summary>
    public static string Short(DateTimeOffset instant) => Long(instant);

    /// <summary>For machines beside each text (<c>datetime</c> attributes, tooltips, <c>article:published_time</c>):
    /// ISO 8601 in UTC, since the HTML encoder would write the <c>+</c> of "+08:00" as an entity.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>For RSS 2.0's <c>pubDate</c>: RFC 822 (with a four-digit year, as RFC 1123 has it) in Beijing time,
    /// <c>Wed, 12 Mar 2025 09:30:00 +0800</c>. English day and month names whatever the server's culture.</summary>
    public static string Rfc822(DateTimeOffset instant) =>
        ToBeijing(instant).ToString("ddd, dd MMM yyyy HH:mm:ss '+0800'", CultureInfo.InvariantCulture);

    /// <summary>For sitemaps' <c>lastmod</c> (W3C datetime) in Beijing time: <c>2025-03-12T09:30:00+08:00</c>.</summary>
    public static string W3c(DateTimeOffset instant) =>
        ToBeijing(instant).ToString("yyyy-MM-dd'T'HH:mm:ss'+08:00'", CultureInfo.InvariantCulture);
}
