namespace Media.Users.Data;

public static class UserLimits
{
    public const int UserName = 64;
    public const int DisplayName = 100;
    public const int PasswordMin = 8;
    public const int PasswordMax = 256;
}
