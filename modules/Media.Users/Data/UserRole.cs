namespace Media.Users.Data;

public sealed class UserRole
{
    public Guid UserId { get; set; }

    public required string Role { get; set; }
}
