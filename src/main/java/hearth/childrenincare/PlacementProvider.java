package hearth.childrenincare;

/** SSDA903 placement provider (PLACE_PROVIDER): PR0 parent to PR5 voluntary. */
public enum PlacementProvider {
    PR0, PR1, PR2, PR3, PR4, PR5
}
