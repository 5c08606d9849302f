namespace Media.Abstractions.Security;

public static class MediaClaimTypes
{
    public const string UserId = "media:uid";
    public const string UserName = "media:name";
    public const string DisplayName = "media:display";
    public const string Role = "media:role";
    public const string SecurityStamp = "media:stamp";
    public const string SessionId = "media:sid";

    /// <summary>Present while the user must change their password before doing anything else (docs/accounts.md §5).</summary>
    public const string PasswordChangeRequired = "media:pwchange";
    public const string SecondFactorRequired = "media:2fa-required";
}
