/**
 * Adoption: the child's journey (the agency decision that the child should be placed for adoption, placement order,
 * match, placement with adopters, adoption order, or the decision that the child should no longer be placed), with
 * fostering for adoption, concurrent planning and life-story work; prospective adopters from enquiry through stages
 * 1 and 2 to approval, match, placement and order; and the adoption timeliness measures per child (A10 and A2).
 * The care facts it needs (when the child entered care, placements for adoption) are its own projection of the
 * children in care events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Adoption")
package hearth.adoption;
