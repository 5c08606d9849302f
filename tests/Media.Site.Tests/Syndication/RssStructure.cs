using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Media.Site.Tests.Syndication;

/// <summary>What RSS 2.0 requires of a feed (https://www.rssboard.org/rss-specification): a well-formed
/// <c>rss version="2.0"</c> with one <c>channel</c> having <c>title</c>, <c>link</c> and <c>description</c>; every
/// <c>item</c> a <c>title</c> or a <c>description</c>; every date in RFC 822 format. Fails with what is wrong.</summary>
public static partial class RssStructure
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>Parses the bytes (throws when not well-formed) and checks the required structure.</summary>
    public static XDocument Validate(byte[] body)
    {
        using var stream = new MemoryStream(body);
        var document = XDocument.Load(stream);
        var rss = document.Root ?? throw new Xunit.Sdk.XunitException("The feed has no root element.");
        Assert.Equal("rss", rss.Name.LocalName);
        Assert.Equal(XNamespace.None, rss.Name.Namespace);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = Assert.Single(rss.Elements("channel"));
        foreach (var required in new[] { "title", "link", "description" })
            Assert.False(string.IsNullOrWhiteSpace((string?)channel.Element(required)), $"The channel has no {required}.");
        Assert.True(Uri.TryCreate((string?)channel.Element("link"), UriKind.Absolute, out _), "The channel's link is not absolute.");
        foreach (var item in channel.Elements("item"))
        {
            Assert.True(item.Element("title") is not null || item.Element("description") is not null, $"An item has neither title nor description: {item}");
            if (item.Element("pubDate") is { } date) ParseRfc822(date.Value);
        }
        foreach (var date in new[] { "pubDate", "lastBuildDate" }.Select(name => channel.Element(name)).OfType<XElement>()) ParseRfc822(date.Value);
        return document;
    }

    /// <summary>RFC 822 §5 date-time (four-digit years allowed, as RFC 1123 has it), independent of .NET's formats.</summary>
    public static DateTimeOffset ParseRfc822(string text)
    {
        var match = Rfc822().Match(text);
        Assert.True(match.Success, $"Not an RFC 822 date: \"{text}\".");
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year < 100) year += 1900;
        var zone = match.Groups["zone"].Value;
        var offset = zone switch
        {
            "UT" or "GMT" or "Z" => TimeSpan.Zero,
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => (zone[0] == '-' ? -1 : 1) * new TimeSpan(int.Parse(zone[1..3], CultureInfo.InvariantCulture), int.Parse(zone[3..], CultureInfo.InvariantCulture), 0),
        };
        var seconds = match.Groups["second"].Success ? int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture) : 0;
        var parsed = new DateTimeOffset(year, Array.IndexOf(Months, match.Groups["month"].Value) + 1, int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture), seconds, offset);
        if (match.Groups["weekday"].Success)
            Assert.Equal(match.Groups["weekday"].Value, parsed.DayOfWeek.ToString()[..3]);
        return parsed;
    }

    [GeneratedRegex(@"^(?:(?<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(?<day>\d{1,2}) (?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>\d{2}|\d{4}) (?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2}))? (?<zone>UT|GMT|Z|[ECMP][SD]T|[+-]\d{4})$")]
    private static partial Regex Rfc822();
}
