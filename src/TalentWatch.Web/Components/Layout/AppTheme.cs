using MudBlazor;

namespace TalentWatch.Web.Components.Layout;

/// <summary>Colours chosen for readable contrast (WCAG AA for text) in both themes.</summary>
public static class AppTheme
{
    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1F4E8C",
            Secondary = "#6A3D9A",
            AppbarBackground = "#1F4E8C",
            Background = "#F6F7F9",
            Surface = "#FFFFFF",
            TextPrimary = "#1A1C1E",
            TextSecondary = "#44474E",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9CC3FF",
            PrimaryContrastText = "#0B1F3A",
            Secondary = "#D0B3F5",
            SecondaryContrastText = "#23113A",
            AppbarBackground = "#1B2430",
            Background = "#121418",
            Surface = "#1C1F24",
            TextPrimary = "#E6E8EB",
            TextSecondary = "#B9BDC4",
            DrawerBackground = "#171A1F",
        },
        Typography = new Typography
        {
            H1 = new H1Typography { FontSize = "1.75rem", FontWeight = "600", LineHeight = "1.3" },
            H2 = new H2Typography { FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.4" },
            H3 = new H3Typography { FontSize = "1.05rem", FontWeight = "600", LineHeight = "1.4" },
        },
    };
}
