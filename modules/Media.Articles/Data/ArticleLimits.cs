namespace Media.Articles.Data;

public static class ArticleLimits
{
    public const int Title = 200;
    public const int Subtitle = 200;
    public const int Author = 100;
    public const int Source = 100;
    public const int Summary = 500;
    public const int Body = 200_000;
    public const int Tags = 20;
    public const int Tag = 32;
    public const int ColumnName = 50;
    public const int Slug = 64;
    public const int CorrectionNote = 1000;
}
