import { createFileRoute } from '@tanstack/react-router';
import { operatorAreaOnly } from '@/routes/-portal-guard';

// Internet resources are for operators: a customer's key goes to its portal with the reason, not to a 403.
export const Route = createFileRoute('/_app/internet')({ beforeLoad: () => operatorAreaOnly('internet') });
