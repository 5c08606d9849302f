namespace Media.Users.Data;

public static class UserLimits
{
    public const int UserName = 64;
    public const int DisplayName = 100;
    public const int PasswordMin = 12;
    public const int PasswordAnyKindMin = 16;
    public const int PasswordHistory = 5;
    public const int PasswordMax = 256;
}
