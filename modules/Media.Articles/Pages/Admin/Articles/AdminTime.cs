namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Times are stored and sent in UTC; local-time.js shows them in the reader's own zone.</summary>
public static class AdminTime
{
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    public static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
