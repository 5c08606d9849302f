namespace Media.Abstractions.Security;

public static class MediaClaimTypes
{
    public const string UserId = "media:uid";
    public const string UserName = "media:name";
    public const string DisplayName = "media:display";
    public const string Role = "media:role";
    public const string SecurityStamp = "media:stamp";
}
