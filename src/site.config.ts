/**
 * Site-wide settings an operator changes without touching templates.
 * Environment variables win so one checkout can publish several sites.
 */
export const siteConfig = {
  name: process.env['SITE_NAME'] ?? '法律问答',
  tagline: '个人信息泄露、诈骗、劳动纠纷等常见法律问题的律师解答',
  /**
   * ICP filing number (ICP备案号). Sites hosted in mainland China must show it
   * in the footer, linked to the MIIT filing system: https://beian.miit.gov.cn/
   * Leave empty for sites hosted elsewhere.
   */
  icp: process.env['ICP'] ?? '',
};
