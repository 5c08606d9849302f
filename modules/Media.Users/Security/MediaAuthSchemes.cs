namespace Media.Users.Security;

public static class MediaAuthSchemes
{
    /// <summary>Chooses Bearer for <c>/api</c> and the cookie for the admin pages.</summary>
    public const string Default = "Media";
    public const string Bearer = "Bearer";
    public const string Cookie = "MediaCookie";
}
