namespace Media.Users.SecondFactor;

public enum TotpStatus
{
    Done,
    NotFound,
    AlreadyEnrolled,
    NotEnrolled,
    WrongCode,
}

/// <summary>A started enrolment: the secret (base32) and the <c>otpauth://</c> URI for an authenticator app. Shown
/// this once; afterwards the secret is only stored, encrypted.</summary>
public sealed record TotpEnrolment(TotpStatus Status, string? Secret = null, string? OtpAuthUri = null);

public sealed record TotpConfirmation(TotpStatus Status, IReadOnlyList<string>? RecoveryCodes = null);

/// <summary>How a second-factor code was accepted, if it was.</summary>
public enum SecondFactorProof
{
    Refused,
    Totp,
    RecoveryCode,
}
