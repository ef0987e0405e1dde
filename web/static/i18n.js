// Interface text in Spanish and English. t(key) returns the text in the
// current language; the choice is kept in localStorage.
"use strict";
const I18N = {
  es: {
    logout: "Salir", login: "Entrar", user: "Usuario", password: "Contraseña",
    login_title: "Archivo de testimonios", login_failed: "Usuario o contraseña incorrectos.",
    too_many: "Demasiados intentos. Espere e intente de nuevo.",
    nav_search: "Buscar", nav_review: "Revisión", nav_intake: "Nuevo testimonio", nav_consent: "Consentimiento",
    nav_users: "Usuarios", nav_audit: "Auditoría",
    search_placeholder: "Buscar: secuestro Palenque, \"frase exacta\", violence:extortion…",
    search: "Buscar", results: "resultados", no_results: "Sin resultados.", filters: "Filtros",
    remove_filter: "Quitar filtro", page: "Página", of: "de", prev: "Anterior", next: "Siguiente",
    export_jsonl: "Exportar JSON Lines", export_csv: "Exportar CSV", story_card: "Tarjeta de historia (Markdown)",
    facet_violence: "Violencia", facet_perpetrator: "Perpetrador", facet_place: "Lugar", facet_year: "Año",
    facet_language: "Idioma",
    recorded: "Grabado", consent: "Consentimiento", scopes_active: "Usos vigentes", expired: "Vencido",
    expires: "Vence", no_expiry: "sin vencimiento", given_on: "Otorgado", method: "Forma",
    scope_legal: "legal", scope_publication: "publicación", scope_research: "investigación",
    back: "Volver", tags: "Etiquetas", manage_consent: "Gestionar consentimiento",
    review_queue: "Cola de revisión", review_empty: "No hay testimonios pendientes.", received: "Recibido",
    original: "Original con redacciones propuestas", preview: "Texto redactado", accept: "Aceptar",
    reject_span: "Rechazar", save: "Guardar cambios", approve: "Aprobar", reject: "Descartar testimonio",
    approved: "Aprobado.", saved: "Guardado.", rejected: "Descartado.", replacement: "Reemplazo",
    review_help: "Cada tramo marcado se reemplazará. Desmarque los que no deben redactarse.",
    add_help: "¿Falta algo? Seleccione el texto en el original y:", add_type: "Tipo", add_span: "Redactar selección",
    select_first: "Seleccione primero un texto sin marcar del original.",
    consent_title: "Consentimiento y retiro", testimonies: "Testimonios", select: "Elegir",
    narrow: "Retirar un uso", narrow_scope: "Uso a retirar", withdraw: "Retirar testimonio",
    withdraw_help: "El retiro borra el testimonio de forma irreversible. Escriba el identificador para confirmar:",
    withdraw_case: "Retirar por código de caso", case_code: "Código de caso",
    withdraw_case_help: "Retira todos los testimonios del caso. Escriba el código otra vez para confirmar:",
    confirm_id: "Confirmación", reason: "Motivo", withdrawn: "Retirado. Recibo:", tombstones: "Lápidas (retirados)",
    narrowed: "Consentimiento reducido.", narrow_help: "El uso retirado deja de estar disponible de inmediato. Escriba el identificador para confirmar:",
    users_title: "Usuarios", add_user: "Agregar usuario", role: "Rol", remove: "Eliminar", added: "Agregado.",
    audit_title: "Registro de auditoría", verify: "Verificar cadena", verified_ok: "La cadena de auditoría es íntegra.",
    verified_bad: "¡La cadena de auditoría NO es íntegra!", time: "Hora", actor: "Actor", action: "Acción", ids: "Ids",
    intake_title: "Nuevo testimonio", pseudonym: "Seudónimo", language: "Idioma", recorded_on: "Mes (AAAA-MM)",
    recorded_at: "Lugar de grabación", title: "Título", text: "Testimonio", names: "Nombres conocidos (separados por coma)",
    phones: "Teléfonos conocidos (separados por coma)", scopes: "Usos consentidos", recorded_by: "Registrado por",
    submit: "Enviar a revisión", intake_done: "Recibido. Pendiente de revisión.",
    error: "Error", session_expired: "La sesión terminó. Entre de nuevo.",
  },
  en: {
    logout: "Log out", login: "Log in", user: "User", password: "Password",
    login_title: "Testimony archive", login_failed: "Wrong user or password.",
    too_many: "Too many attempts. Wait and try again.",
    nav_search: "Search", nav_review: "Review", nav_intake: "New testimony", nav_consent: "Consent",
    nav_users: "Users", nav_audit: "Audit",
    search_placeholder: "Search: kidnapping Palenque, \"exact phrase\", violence:extortion…",
    search: "Search", results: "results", no_results: "No results.", filters: "Filters",
    remove_filter: "Remove filter", page: "Page", of: "of", prev: "Previous", next: "Next",
    export_jsonl: "Export JSON Lines", export_csv: "Export CSV", story_card: "Story card (Markdown)",
    facet_violence: "Violence", facet_perpetrator: "Perpetrator", facet_place: "Place", facet_year: "Year",
    facet_language: "Language",
    recorded: "Recorded", consent: "Consent", scopes_active: "Uses in force", expired: "Expired",
    expires: "Expires", no_expiry: "no expiry", given_on: "Given", method: "Method",
    scope_legal: "legal", scope_publication: "publication", scope_research: "research",
    back: "Back", tags: "Tags", manage_consent: "Manage consent",
    review_queue: "Review queue", review_empty: "Nothing waits for review.", received: "Received",
    original: "Original with proposed redactions", preview: "Redacted text", accept: "Accept",
    reject_span: "Reject", save: "Save changes", approve: "Approve", reject: "Discard testimony",
    approved: "Approved.", saved: "Saved.", rejected: "Discarded.", replacement: "Replacement",
    review_help: "Every marked span will be replaced. Untick the ones that must stay.",
    add_help: "Something missed? Select it in the original, then:", add_type: "Type", add_span: "Redact selection",
    select_first: "First select some unmarked text in the original.",
    consent_title: "Consent and withdrawal", testimonies: "Testimonies", select: "Select",
    narrow: "Drop a use", narrow_scope: "Use to drop", withdraw: "Withdraw testimony",
    withdraw_help: "Withdrawal erases the testimony for good. Type its id to confirm:",
    withdraw_case: "Withdraw by case code", case_code: "Case code",
    withdraw_case_help: "Withdraws every testimony of the case. Type the code again to confirm:",
    confirm_id: "Confirmation", reason: "Reason", withdrawn: "Withdrawn. Receipt:", tombstones: "Tombstones (withdrawn)",
    narrowed: "Consent narrowed.", narrow_help: "The dropped use ends at once. Type the id to confirm:",
    users_title: "Users", add_user: "Add user", role: "Role", remove: "Remove", added: "Added.",
    audit_title: "Audit log", verify: "Verify chain", verified_ok: "The audit chain is intact.",
    verified_bad: "The audit chain is NOT intact!", time: "Time", actor: "Actor", action: "Action", ids: "Ids",
    intake_title: "New testimony", pseudonym: "Pseudonym", language: "Language", recorded_on: "Month (YYYY-MM)",
    recorded_at: "Place of recording", title: "Title", text: "Testimony", names: "Known names (comma-separated)",
    phones: "Known phones (comma-separated)", scopes: "Consented uses", recorded_by: "Recorded by",
    submit: "Send to review", intake_done: "Received. Waiting for review.",
    error: "Error", session_expired: "Your session ended. Log in again.",
  },
};

let currentLang = (() => {
  try {
    const saved = localStorage.getItem("amparo.lang");
    if (saved === "es" || saved === "en") return saved;
  } catch (e) { /* storage disabled */ }
  return (navigator.language || "es").toLowerCase().startsWith("en") ? "en" : "es";
})();

function t(key) {
  return (I18N[currentLang] && I18N[currentLang][key]) || I18N.es[key] || key;
}

function setLang(lang) {
  currentLang = lang;
  try { localStorage.setItem("amparo.lang", lang); } catch (e) { /* ignore */ }
  document.documentElement.lang = lang;
}
