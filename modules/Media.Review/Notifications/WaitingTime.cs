using System.Globalization;

namespace Media.Review.Notifications;

/// <summary>"3 天 2 小时" — how long something has waited, coarse enough to read at a glance.</summary>
public static class WaitingTime
{
    public static string Text(TimeSpan waited)
    {
        if (waited < TimeSpan.Zero) waited = TimeSpan.Zero;
        if (waited.TotalMinutes < 1) return "刚刚";
        if (waited.TotalHours < 1) return $"{Whole(waited.TotalMinutes)} 分钟";
        if (waited.TotalDays < 1) return $"{Whole(waited.TotalHours)} 小时 {waited.Minutes} 分钟";
        return $"{Whole(waited.TotalDays)} 天 {waited.Hours} 小时";
    }

    private static string Whole(double value) => Math.Floor(value).ToString(CultureInfo.InvariantCulture);
}
