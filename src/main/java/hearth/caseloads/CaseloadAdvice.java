package hearth.caseloads;

import hearth.workforce.AllocationAdvice;
import hearth.workforce.Workforce;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Warns before a child is allocated to a worker whom it would take past their role's caseload threshold. */
@Component
class CaseloadAdvice implements AllocationAdvice {

    private final Caseloads caseloads;
    private final Workforce workforce;
    private final MessageSource messages;

    CaseloadAdvice(Caseloads caseloads, Workforce workforce, MessageSource messages) {
        this.caseloads = caseloads;
        this.workforce = workforce;
        this.messages = messages;
    }

    @Override
    public List<AllocationWarning> adviseOn(ProposedAllocation proposal) {
        if (proposal.workerUsername() == null) {
            return List.of();
        }
        Optional<WorkerCaseload> now = caseloads.worker(proposal.workerUsername());
        if (now.isEmpty() || now.get().threshold() == null) {
            return List.of();
        }
        boolean already = workforce.currentAllocation(proposal.childId())
                .filter(a -> proposal.workerUsername().equals(a.workerUsername())).isPresent();
        BigDecimal after = already ? now.get().weighted() : now.get().weighted().add(caseloads.weightOf(proposal.childId()));
        if (after.compareTo(now.get().threshold()) <= 0) {
            return List.of();
        }
        return List.of(new AllocationWarning(messages.getMessage("caseloads.advice.over",
                new Object[] {now.get().displayName(), plain(after), plain(now.get().threshold())},
                LocaleContextHolder.getLocale())));
    }

    /** 21.50 as 21.5, 18.00 as 18. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
