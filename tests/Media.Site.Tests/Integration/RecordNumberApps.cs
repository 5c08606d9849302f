using Media.Data;
using Media.Testing;

namespace Media.Site.Tests.Integration;

/// <summary>Sites configured with their 备案号 (<c>Media:Site:IcpNumber</c>, <c>Media:Site:PublicSecurityRecordNumber</c>).</summary>
public sealed class RecordNumbersSqliteApp() : MediaAppFactory(DatabaseProvider.Sqlite)
{
    protected override IDictionary<string, string?> Settings => RecordNumbers.Settings;
}

public sealed class RecordNumbersPostgresApp() : MediaAppFactory(DatabaseProvider.PostgreSql)
{
    protected override IDictionary<string, string?> Settings => RecordNumbers.Settings;
}

internal static class RecordNumbers
{
    public const string Icp = "某ICP备12345678号-1";
    public const string PublicSecurity = "某公网安备 11010502030143号";

    public static Dictionary<string, string?> Settings => new()
    {
        ["Media:Site:IcpNumber"] = Icp,
        ["Media:Site:PublicSecurityRecordNumber"] = PublicSecurity,
    };
}
