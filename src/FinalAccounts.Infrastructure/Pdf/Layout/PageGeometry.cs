namespace FinalAccounts.Infrastructure.Pdf.Layout;

/// <summary>An A4 page in points, with the margins of the printed disclosure.</summary>
public sealed record PageGeometry(PageOrientation Orientation, double Width, double Height,
    double MarginLeft, double MarginRight, double MarginTop, double MarginBottom)
{
    private const double A4Short = 595.28;
    private const double A4Long = 841.89;

    public static PageGeometry Portrait { get; } = new(PageOrientation.Portrait, A4Short, A4Long, 76, 72, 72, 68);
    public static PageGeometry Landscape { get; } = new(PageOrientation.Landscape, A4Long, A4Short, 56, 56, 54, 54);

    public static PageGeometry For(PageOrientation orientation) =>
        orientation == PageOrientation.Landscape ? Landscape : Portrait;

    public double ContentWidth => Width - MarginLeft - MarginRight;
    public double ContentBottom => Height - MarginBottom;
    /// <summary>The baseline of the page number.</summary>
    public double FooterBaseline => Height - MarginBottom / 2;
}
